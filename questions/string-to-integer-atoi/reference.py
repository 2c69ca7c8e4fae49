class Solution:
    def myAtoi(self, s: str) -> int:
        i, n = 0, len(s)
        while i < n and s[i] == " ":
            i += 1
        sign = 1
        if i < n and s[i] in "+-":
            sign = -1 if s[i] == "-" else 1
            i += 1
        value = 0
        while i < n and s[i].isdigit():
            value = value * 10 + int(s[i])
            i += 1
        return max(-2**31, min(2**31 - 1, sign * value))


CHARS = "abcxyzABC0123456789 +-."


def tests(rng):
    out = [[""], [" "], ["42"], ["+1"], ["-"], ["+-12"], ["-+12"], ["00000-42a1234"], ["  +0 123"], ["3.14159"],
           ["2147483647"], ["2147483648"], ["-2147483648"], ["-2147483649"], ["-91283472332"], ["words and 987"],
           [".1"], ["   +004500"], ["1" * 200], [" " * 199 + "7"]]
    for _ in range(12):
        prefix = " " * rng.randint(0, 3) + rng.choice(["", "+", "-"])
        digits = "".join(rng.choice("0123456789") for _ in range(rng.randint(0, 14)))
        tail = "".join(rng.choice(CHARS) for _ in range(rng.randint(0, 10)))
        out.append([prefix + digits + tail])
    for _ in range(4):
        out.append(["".join(rng.choice(CHARS) for _ in range(rng.randint(0, 200)))])
    return out
