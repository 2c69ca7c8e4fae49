import sys


def main():
    n = int(sys.stdin.read())
    top = [" " * (n - i) + "*" * (2 * i - 1) for i in range(1, n + 1)]
    print("\n".join(top + top[-2::-1]))


def tests(rng):
    chosen = {1, 2, 4, 5, 10, 99, 100}
    while len(chosen) < 30:
        chosen.add(rng.randint(1, 100))
    return [f"{n}\n" for n in sorted(chosen)]


if __name__ == "__main__":
    main()
