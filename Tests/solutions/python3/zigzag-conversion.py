class Solution:
    def convert(self, s: str, numRows: int) -> str:
        if numRows == 1:
            return s
        answer = []
        n = len(s)
        charsInSection = 2 * (numRows - 1)
        for currRow in range(numRows):
            index = currRow
            while index < n:
                answer.append(s[index])
                if currRow != 0 and currRow != numRows - 1:
                    charsInBetween = charsInSection - 2 * currRow
                    secondIndex = index + charsInBetween
                    if secondIndex < n:
                        answer.append(s[secondIndex])
                index += charsInSection
        return "".join(answer)
