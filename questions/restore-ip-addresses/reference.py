class Solution:
    def restoreIpAddresses(self, s: str) -> List[str]:
        def valid(part):
            return len(part) == 1 or (part[0] != "0" and int(part) <= 255)

        out = []
        n = len(s)
        for a in range(1, 4):
            for b in range(a + 1, a + 4):
                for c in range(b + 1, b + 4):
                    if c < n and n - c <= 3:
                        parts = (s[:a], s[a:b], s[b:c], s[c:])
                        if all(valid(p) for p in parts):
                            out.append(".".join(parts))
        return out


def tests(rng):
    out = [["0"], ["1"], ["12"], ["123"], ["0000"], ["1111"], ["255255255255"], ["255255255256"],
           ["25525511135"], ["101023"], ["010010"], ["00000"], ["000256"], ["1231231231234"],
           ["99999999999999999999"], ["12345678901234567890"], ["2552552552"], ["100100100"], ["19216811"],
           ["0279245587303"], ["11111"], ["1921681"]]
    for _ in range(10):
        n = rng.randint(4, 12)
        out.append(["".join(rng.choice("0123456789") for _ in range(n))])
    for _ in range(4):
        n = rng.randint(4, 12)
        out.append(["".join(rng.choice("0125") for _ in range(n))])
    for _ in range(2):
        out.append(["".join(rng.choice("0123456789") for _ in range(rng.randint(13, 20)))])
    return out
