class Solution:
    def getRow(self, rowIndex: int) -> List[int]:
        row = [1]
        for _ in range(rowIndex):
            row = [1] + [a + b for a, b in zip(row, row[1:])] + [1]
        return row


def tests(rng):
    return [[n] for n in range(34)]
