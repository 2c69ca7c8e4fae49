class Solution:
    def numDecodings(self, s: str) -> int:
        before, current = 0, 1          # ways for the prefix one shorter, and for the prefix so far
        for i, digit in enumerate(s):
            ways = current if digit != "0" else 0
            if i > 0 and (s[i - 1] == "1" or (s[i - 1] == "2" and digit <= "6")):
                ways += before
            before, current = current, ways
        return current


def count(s):
    return Solution().numDecodings(s)


def random_string(rng, n, digits):
    # random strings of the given digits, kept only when the answer fits in 32 bits
    while True:
        s = "".join(rng.choice(digits) for _ in range(n))
        if count(s) < 2**31:
            return s


def tests(rng):
    out = [["0"], ["1"], ["9"], ["00"], ["01"], ["10"], ["20"], ["26"], ["27"], ["30"], ["100"],
           ["110"], ["226"], ["1201234"], ["2101"], ["12"], ["06"], ["1111111111"], ["2626262626"]]
    out.append(["1" * 45])                   # 1836311903 ways: a search without memory is too slow
    out.append(["2" * 45])
    out.append(["1" * 44 + "0"])
    out.append(["10" * 50])                  # exactly one way, at the largest length
    out.append(["9" * 100])
    for _ in range(8):
        out.append([random_string(rng, rng.randint(1, 20), "0123456789")])
    for _ in range(4):
        out.append([random_string(rng, 100, "1234567893")])
    out.append([random_string(rng, 100, "1111222345678909")])
    s = "".join(rng.choice(("1121", "10", "27", "3", "226")) for _ in range(40))[:100]
    while count(s) >= 2**31:
        s = s[:-1]
    out.append([s])
    out.append(["12" * 10 + "0" + "1" * 20 + "7" * 49])
    out.append(["0" + "1" * 44])              # a leading zero: nothing decodes
    assert all(count(s) < 2**31 for s, in out)
    return out
