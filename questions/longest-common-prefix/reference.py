class Solution:
    def longestCommonPrefix(self, strs: List[str]) -> str:
        prefix = strs[0]
        for s in strs[1:]:
            while not s.startswith(prefix):
                prefix = prefix[:-1]
        return prefix


def word(rng, n, letters="abcdefghijklmnopqrstuvwxyz"):
    return "".join(rng.choice(letters) for _ in range(n))


def tests(rng):
    out = [[["a"]], [[""]], [["", "b"]], [["ab", "a"]], [["flower", "flow", "flight"]], [["same", "same", "same"]],
           [["abc", "abcd", ""]], [["prefix", "pre", "prefixes"]]]
    for _ in range(16):
        stem = word(rng, rng.randint(0, 20), "ab")
        out.append([[stem + word(rng, rng.randint(0, 10), "ab") for _ in range(rng.randint(1, 30))]])
    stem = word(rng, 150)
    out.append([[stem + word(rng, 50) for _ in range(200)]])
    out.append([["z" * 200] * 200])
    out.append([["z" * 200] * 199 + ["z" * 199 + "y"]])
    out.append([[word(rng, 200) for _ in range(200)]])
    out.append([["q" * 200] + ["q" * i for i in range(199, 0, -1)]])
    return out
