import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    prefix = [0] * (n + 1)
    for i in range(n):
        prefix[i + 1] = prefix[i] + int(data[2 + i])
    at = 2 + n
    out = []
    for _ in range(q):
        l, r = int(data[at]), int(data[at + 1])
        at += 2
        out.append(prefix[r] - prefix[l - 1])
    sys.stdout.write("\n".join(map(str, out)) + "\n")


def instance(rng, n, q, bound):
    numbers = [rng.randint(-bound, bound) for _ in range(n)]
    lines = [f"{n} {q}", " ".join(map(str, numbers))]
    for _ in range(q):
        l = rng.randint(1, n)
        lines.append(f"{l} {rng.randint(l, n)}")
    return "\n".join(lines) + "\n"


def tests(rng):
    out = ["1 1\n-7\n1 1\n", "2 3\n1000000000 1000000000\n1 2\n1 1\n2 2\n",
           "4 2\n1 2 3 4\n1 4\n2 3\n",
           # Spacing is free in the input too: tabs, blank lines, no final newline.
           "3 1\n\n 1\t2  3 \n1 3"]
    for size in (5, 10, 50, 100, 1000):
        for _ in range(4):
            out.append(instance(rng, rng.randint(1, size), rng.randint(1, size), 10**9))
    # The largest: values at the bounds, so that the sums need 64 bits, and many queries.
    n = 100000
    out.append(f"{n} 3\n" + " ".join(["1000000000"] * n) + f"\n1 {n}\n1 1\n{n} {n}\n")
    out.append(f"20000 2\n" + " ".join(["-1000000000"] * 20000) + "\n1 20000\n2 19999\n")
    out.append(instance(rng, 20000, 20000, 10**9))
    out.append(instance(rng, 100000, 50000, 9))
    return out


if __name__ == "__main__":
    main()
