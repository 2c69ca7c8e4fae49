class Solution {
    func generateMatrix(_ n: Int) -> [[Int]] {
        var m = Array(repeating: Array(repeating: 0, count: n), count: n)
        var top = 0, bottom = n - 1, left = 0, right = n - 1, v = 1
        while top <= bottom && left <= right {
            for j in stride(from: left, through: right, by: 1) { m[top][j] = v; v += 1 }
            top += 1
            for i in stride(from: top, through: bottom, by: 1) { m[i][right] = v; v += 1 }
            right -= 1
            if top <= bottom {
                for j in stride(from: right, through: left, by: -1) { m[bottom][j] = v; v += 1 }
                bottom -= 1
            }
            if left <= right {
                for i in stride(from: bottom, through: top, by: -1) { m[i][left] = v; v += 1 }
                left += 1
            }
        }
        return m
    }
}
