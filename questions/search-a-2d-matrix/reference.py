class Solution:
    def searchMatrix(self, matrix: List[List[int]], target: int) -> bool:
        n = len(matrix[0])
        low, high = 0, len(matrix) * n - 1
        while low <= high:
            middle = (low + high) // 2
            value = matrix[middle // n][middle % n]
            if value == target:
                return True
            if value < target:
                low = middle + 1
            else:
                high = middle - 1
        return False


def sorted_matrix(rng, m, n, low=-10**4, high=10**4, repeat=0.1):
    """Rows of a sorted sequence; repeats only inside a row."""
    values = sorted(rng.sample(range(low, high + 1), m * n))
    rows = [values[i * n:(i + 1) * n] for i in range(m)]
    for row in rows:
        for j in range(1, n):
            if rng.random() < repeat:
                row[j] = row[j - 1]
    return rows


def tests(rng):
    lo, hi = -10**4, 10**4
    out = [[[[lo]], lo], [[[hi]], hi], [[[0]], 1], [[[0]], -1], [[[1, 3]], 3], [[[1], [3]], 2],
           [[[1, 3, 5, 7], [10, 11, 16, 20], [23, 30, 34, 60]], 3],
           [[[1, 3, 5, 7], [10, 11, 16, 20], [23, 30, 34, 60]], 13],
           [[[1, 3, 5, 7], [10, 11, 16, 20], [23, 30, 34, 60]], 60],
           [[[1, 3, 5, 7], [10, 11, 16, 20], [23, 30, 34, 60]], 0],
           [[[1, 3, 5, 7], [10, 11, 16, 20], [23, 30, 34, 60]], 61],
           [[[5, 5, 5], [6, 6, 6]], 6], [[[5, 5, 5], [7, 7, 7]], 6]]
    for _ in range(12):
        m, n = rng.randint(1, 10), rng.randint(1, 10)
        matrix = sorted_matrix(rng, m, n, -50, 50)
        flat = [v for row in matrix for v in row]
        target = rng.choice(flat) if rng.random() < 0.5 else rng.randint(-55, 55)
        out.append([matrix, max(lo, min(hi, target))])
    for m, n in ((100, 100), (100, 100), (100, 100), (1, 100), (100, 1), (37, 100)):
        matrix = sorted_matrix(rng, m, n)
        flat = [v for row in matrix for v in row]
        present = set(flat)
        choice = rng.randrange(3)
        if choice == 0:
            target = rng.choice(flat)
        elif choice == 1:
            target = rng.choice([v for v in range(lo, hi + 1) if v not in present])
        else:
            target = rng.choice([flat[0], flat[-1], lo, hi])
        out.append([matrix, target])
    matrix = sorted_matrix(rng, 100, 100)
    out.append([matrix, matrix[-1][-1]])
    out.append([matrix, matrix[0][0]])
    out.append([matrix, matrix[0][0] - 1 if matrix[0][0] > lo else hi])
    return out
