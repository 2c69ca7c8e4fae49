class Solution:
    def isPalindrome(self, x: int) -> bool:
        return str(x) == str(x)[::-1]


def tests(rng):
    out = [[0], [7], [-7], [10], [11], [121], [-121], [1000021], [2147447412], [2147483647], [-2147483648],
           [1001], [100], [123454321], [12344321], [1234554320]]
    for _ in range(8):
        half = str(rng.randint(1, 99999))
        if int(half + half[::-1]) >= 2**31:
            half = half[:4]
        out.append([int(half + half[::-1][rng.randint(0, 1):])])
    for _ in range(8):
        out.append([rng.randint(-2**31, 2**31 - 1)])
    return out
