class Solution {
    func setZeroes(_ matrix: inout [[Int]]) {
        let m = matrix.count, n = matrix[0].count
        var rows = Set<Int>(), cols = Set<Int>()
        for i in 0..<m {
            for j in 0..<n where matrix[i][j] == 0 {
                rows.insert(i)
                cols.insert(j)
            }
        }
        for i in 0..<m {
            for j in 0..<n where rows.contains(i) || cols.contains(j) {
                matrix[i][j] = 0
            }
        }
    }
}
