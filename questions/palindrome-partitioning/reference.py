class Solution:
    def partition(self, s: str) -> List[List[str]]:
        n = len(s)
        pal = [[False] * n for _ in range(n)]
        for i in range(n - 1, -1, -1):
            for j in range(i, n):
                pal[i][j] = s[i] == s[j] and (j - i < 2 or pal[i + 1][j - 1])
        out, pieces = [], []

        def cut(start):
            if start == n:
                out.append(pieces[:])
                return
            for end in range(start, n):
                if pal[start][end]:
                    pieces.append(s[start:end + 1])
                    cut(end + 1)
                    pieces.pop()

        cut(0)
        return out


def tests(rng):
    out = [["a"], ["z"], ["ab"], ["aa"], ["aab"], ["aba"], ["abba"], ["racecar"], ["abcdefghijklmnop"],
           ["abababababababab"], ["aabbaabbaabbaabb"], ["abcbaabcbaabcbaa"]]
    for _ in range(14):
        n = rng.randint(1, 16)
        alphabet = rng.choice(("ab", "abc", "abcdefghijklmnopqrstuvwxyz"))
        out.append(["".join(rng.choice(alphabet) for _ in range(n))])
    out.append(["a" * 14])
    out.append(["aaaaaabbbbbbbbcd"])
    out.append(["abcdefgfedcbaxyz"])
    out.append(["".join(rng.choice("ab") for _ in range(16))])
    return out
