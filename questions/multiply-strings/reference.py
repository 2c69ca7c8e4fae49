class Solution:
    def multiply(self, num1: str, num2: str) -> str:
        if num1 == "0" or num2 == "0":
            return "0"
        digits = [0] * (len(num1) + len(num2))
        for i in range(len(num1) - 1, -1, -1):
            a = ord(num1[i]) - 48
            for j in range(len(num2) - 1, -1, -1):
                total = digits[i + j + 1] + a * (ord(num2[j]) - 48)
                digits[i + j + 1] = total % 10
                digits[i + j] += total // 10
        start = 0
        while digits[start] == 0:
            start += 1
        return "".join(map(str, digits[start:]))


def number(rng, length):
    if length == 1:
        return str(rng.randint(0, 9))
    return str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(length - 1))


def tests(rng):
    out = [
        ["0", "0"], ["0", "9"], ["9", "0"], ["1", "1"], ["9", "9"], ["2", "3"], ["123", "456"],
        ["1", "9" * 200], ["9" * 200, "9" * 200], ["1" + "0" * 199, "1" + "0" * 199],
        ["0", "9" * 200], ["9" * 200, "0"], ["10", "10"], ["99", "1"], ["5", "2"],
        ["4294967296", "4294967296"], ["2147483647", "2147483648"],
        ["1" * 200, "1" * 200],
    ]
    for _ in range(8):
        out.append([number(rng, rng.randint(1, 20)), number(rng, rng.randint(1, 20))])
    for _ in range(4):
        out.append([number(rng, rng.randint(50, 200)), number(rng, rng.randint(50, 200))])
    out.append([number(rng, 200), number(rng, 200)])
    out.append([number(rng, 200), number(rng, 1)])
    return out
