class Solution:
    def countAndSay(self, n: int) -> str:
        term = "1"
        for _ in range(n - 1):
            parts = []
            i = 0
            while i < len(term):
                j = i
                while j < len(term) and term[j] == term[i]:
                    j += 1
                parts.append(str(j - i) + term[i])
                i = j
            term = "".join(parts)
        return term


def tests(rng):
    # Every input there is, the largest ones first.
    out = [[n] for n in range(30, 0, -1)]
    return out
