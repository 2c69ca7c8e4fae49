class Solution:
    def reverse(self, x: int) -> int:
        sign = -1 if x < 0 else 1
        value = sign * int(str(abs(x))[::-1])
        return value if -2**31 <= value <= 2**31 - 1 else 0


def tests(rng):
    out = [[0], [1], [-1], [10], [-10], [120], [2**31 - 1], [-2**31], [1463847412], [-1463847412], [1563847412],
           [-1563847412], [1000000003], [2147483641], [-2147483641], [1534236469]]
    for digits in range(1, 11):
        value = rng.randint(10 ** (digits - 1), min(10 ** digits - 1, 2**31 - 1))
        out.append([value if rng.random() < 0.5 else -value])
    for _ in range(6):
        out.append([rng.randint(-2**31, 2**31 - 1)])
    return out
