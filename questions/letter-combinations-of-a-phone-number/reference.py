class Solution:
    def letterCombinations(self, digits: str) -> List[str]:
        if not digits:
            return []
        keys = {"2": "abc", "3": "def", "4": "ghi", "5": "jkl",
                "6": "mno", "7": "pqrs", "8": "tuv", "9": "wxyz"}
        words = [""]
        for d in digits:
            words = [w + c for w in words for c in keys[d]]
        return words


def tests(rng):
    out = [[d] for d in "23456789"]
    out += [["23"], ["77"], ["99"], ["79"], ["2222"], ["7979"], ["9999"], ["7777"], ["2345"], ["6789"], ["234"]]
    seen = {t[0] for t in out}
    while len(out) < 45:
        s = "".join(rng.choice("23456789") for _ in range(rng.randint(2, 4)))
        if s not in seen:
            seen.add(s)
            out.append([s])
    return out
