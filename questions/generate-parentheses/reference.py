class Solution:
    def generateParenthesis(self, n: int) -> List[str]:
        out = []

        def build(text, opened, closed):
            if len(text) == 2 * n:
                out.append(text)
                return
            if opened < n:
                build(text + "(", opened + 1, closed)
            if closed < opened:
                build(text + ")", opened, closed + 1)

        build("", 0, 0)
        return out


def tests(rng):
    # Only eight inputs exist; each size is judged, and the larger ones again in another order.
    out = [[n] for n in range(1, 9)]
    order = [rng.randint(3, 8) for _ in range(22)]
    return out + [[n] for n in order]
