class Solution:
    def findRepeatedDnaSequences(self, s: str) -> List[str]:
        counts, out = {}, []
        for i in range(len(s) - 9):
            window = s[i:i + 10]
            counts[window] = counts.get(window, 0) + 1
            if counts[window] == 2:
                out.append(window)
        return out


def dna(rng, n, letters="ACGT"):
    return "".join(rng.choice(letters) for _ in range(n))


def tests(rng):
    out = [["A"], ["ACGTACGTA"], ["AAAAAAAAAA"], ["AAAAAAAAAAA"], ["AAAAAAAAAAAA"],
           ["AAAAACCCCCAAAAACCCCCCAAAAAGGGTTT"], ["ACGTACGTAC" * 2], ["TTTTTTTTTTTTTTTTTTTTT"],
           ["ACGTACGTACGT"], ["CCCCCCCCCCA" + "CCCCCCCCCCT"], ["GATTACAGAT" + "GATTACAGAC"]]
    for _ in range(8):
        out.append([dna(rng, rng.randint(1, 60), "AC")])
    for _ in range(6):
        out.append([dna(rng, rng.randint(100, 3000))])
    out.append([dna(rng, 10**5)])
    out.append([dna(rng, 10**5, "AC")])
    out.append(["A" * 10**5])
    piece = dna(rng, 37)
    out.append([(piece * (10**5 // 37 + 1))[:10**5]])
    out.append([dna(rng, 50000) + dna(rng, 50000)])
    return out
