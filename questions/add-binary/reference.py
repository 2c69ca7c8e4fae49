class Solution:
    def addBinary(self, a: str, b: str) -> str:
        out, carry = [], 0
        i, j = len(a) - 1, len(b) - 1
        while i >= 0 or j >= 0 or carry:
            if i >= 0:
                carry += a[i] == "1"
                i -= 1
            if j >= 0:
                carry += b[j] == "1"
                j -= 1
            out.append("1" if carry & 1 else "0")
            carry >>= 1
        return "".join(reversed(out))


def binary(rng, n):
    if n == 1:
        return rng.choice("01")
    return "1" + "".join(rng.choice("01") for _ in range(n - 1))


def tests(rng):
    big = 10**4
    out = [["0", "0"], ["0", "1"], ["1", "0"], ["1", "1"], ["10", "1"], ["11", "1"], ["1010", "1011"],
           ["1", "1" * big], ["1" * big, "1"], ["1" * big, "1" * big], ["0", "1" * big],
           ["1" + "0" * (big - 1), "1" + "0" * (big - 1)], ["1" * big, "0"],
           ["1" + "0" * (big - 1), "1"], ["100", "110010"], ["1111", "1"]]
    for _ in range(14):
        out.append([binary(rng, rng.randint(1, 40)), binary(rng, rng.randint(1, 40))])
    for n, m in ((big, big), (big, 1), (5000, big), (big, 9999), (300, 700)):
        out.append([binary(rng, n), binary(rng, m)])
    return out
