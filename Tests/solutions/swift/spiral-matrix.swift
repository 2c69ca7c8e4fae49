class Solution {
    func spiralOrder(_ matrix: [[Int]]) -> [Int] {
        var result: [Int] = []
        var top = 0, bottom = matrix.count - 1, left = 0, right = matrix[0].count - 1
        while top <= bottom && left <= right {
            for j in left...right { result.append(matrix[top][j]) }
            if top < bottom { for i in (top + 1)...bottom { result.append(matrix[i][right]) } }
            if top < bottom && left < right {
                for j in stride(from: right - 1, through: left, by: -1) { result.append(matrix[bottom][j]) }
                for i in stride(from: bottom - 1, to: top, by: -1) { result.append(matrix[i][left]) }
            }
            top += 1; bottom -= 1; left += 1; right -= 1
        }
        return result
    }
}
