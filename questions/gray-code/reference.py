class Solution:
    def grayCode(self, n: int) -> List[int]:
        return [i ^ (i >> 1) for i in range(1 << n)]


def wrong_answers(args, expected):
    """Answers the checker must reject."""
    out = [expected[:-1], expected + [0], expected[1:] + expected[:1], [x + 1 for x in expected]]
    if len(expected) >= 4:
        swapped = list(expected)
        swapped[1], swapped[2] = swapped[2], swapped[1]
        out.append(swapped)
        out.append(expected[:2] + [expected[1]] + expected[3:])
        out.append(list(range(len(expected))))
    return out


def tests(rng):
    # n has only 16 values: each once, and the small ones again to make up the number of tests
    return [[n] for n in range(1, 17)] + [[n] for n in range(1, 12)]
