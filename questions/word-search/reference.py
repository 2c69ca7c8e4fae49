class Solution:
    def exist(self, board: List[List[str]], word: str) -> bool:
        m, n = len(board), len(board[0])
        have = collections.Counter(c for row in board for c in row)
        need = collections.Counter(word)
        if any(have[c] < k for c, k in need.items()):
            return False
        if have[word[0]] > have[word[-1]]:
            word = word[::-1]

        def trace(i, j, k):
            if board[i][j] != word[k]:
                return False
            if k == len(word) - 1:
                return True
            board[i][j] = "#"
            for a, b in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
                if 0 <= a < m and 0 <= b < n and trace(a, b, k + 1):
                    board[i][j] = word[k]
                    return True
            board[i][j] = word[k]
            return False

        return any(trace(i, j, 0) for i in range(m) for j in range(n))


def random_board(rng, m, n, letters):
    return [[rng.choice(letters) for _ in range(n)] for _ in range(m)]


def walk(rng, board, length):
    """A word traced by a random self-avoiding walk (shorter when the walk is stuck)."""
    m, n = len(board), len(board[0])
    i, j = rng.randrange(m), rng.randrange(n)
    seen, word = {(i, j)}, board[i][j]
    while len(word) < length:
        steps = [(a, b) for a, b in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1))
                 if 0 <= a < m and 0 <= b < n and (a, b) not in seen]
        if not steps:
            break
        i, j = rng.choice(steps)
        seen.add((i, j))
        word += board[i][j]
    return word


def tests(rng):
    abc = [["A", "B", "C", "E"], ["S", "F", "C", "S"], ["A", "D", "E", "E"]]
    out = [[[["a"]], "a"], [[["a"]], "b"], [[["a"]], "A"], [[["a"]], "aa"], [[["a", "b"]], "ba"],
           [[["a", "b"]], "bab"], [[["a"], ["b"]], "ab"],
           [[row[:] for row in abc], "ABCCED"], [[row[:] for row in abc], "SEE"], [[row[:] for row in abc], "ABCB"],
           [[row[:] for row in abc], "ABCESEEEFS"], [[["a", "a"]], "aaa"], [[["C", "A", "A"], ["A", "A", "A"], ["B", "C", "D"]], "AAB"],
           [[["A"] * 6 for _ in range(6)], "A" * 15], [[["A"] * 6 for _ in range(6)], "A" * 14 + "B"],
           [[["A"] * 6 for _ in range(5)] + [["A"] * 5 + ["B"]], "A" * 14 + "B"],
           [[["A"] * 6 for _ in range(5)] + [["A"] * 5 + ["B"]], "B" + "A" * 14],
           [[["A"] * 6 for _ in range(5)] + [["A"] * 5 + ["B"]], "A" * 7 + "B" + "A" * 7]]
    board = [["a"] * 6 for _ in range(6)]
    board[2][2], board[2][3], board[3][2], board[3][3] = "b", "b", "b", "b"
    out.append([board, "a" * 13 + "bb"])
    out.append([[list("abcdef"), list("ghijkl"), list("mnopqr"), list("stuvwx"), list("yzABCD"), list("EFGHIJ")], "abcdefljihgmnop"])
    for _ in range(8):
        m, n = rng.randint(1, 6), rng.randint(1, 6)
        board = random_board(rng, m, n, "abc")
        word = walk(rng, board, rng.randint(1, 15)) if rng.random() < 0.5 else "".join(rng.choice("abc") for _ in range(rng.randint(1, 15)))
        out.append([board, word])
    for _ in range(6):
        board = random_board(rng, 6, 6, rng.choice(["ab", "aB", "xyzXYZ"]))
        word = walk(rng, board, 15)
        if rng.random() < 0.5:
            word = word[:-1] + ("b" if word[-1] != "b" else "a")
        out.append([board, word])
    for _ in range(3):
        board = random_board(rng, 6, 6, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
        out.append([board, walk(rng, board, rng.randint(5, 15))])
    for board, word in out:
        assert 1 <= len(word) <= 15 and 1 <= len(board) <= 6 and 1 <= len(board[0]) <= 6
    return out
