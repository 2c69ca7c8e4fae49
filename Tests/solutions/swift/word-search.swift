class Solution {
    func exist(_ board: [[Character]], _ word: String) -> Bool {
        var board = board
        let w = Array(word)
        let m = board.count, n = board[0].count
        func dfs(_ i: Int, _ j: Int, _ k: Int) -> Bool {
            if k == w.count { return true }
            if i < 0 || j < 0 || i >= m || j >= n || board[i][j] != w[k] { return false }
            let tmp = board[i][j]
            board[i][j] = "#"
            let found = dfs(i + 1, j, k + 1) || dfs(i - 1, j, k + 1) || dfs(i, j + 1, k + 1) || dfs(i, j - 1, k + 1)
            board[i][j] = tmp
            return found
        }
        for i in 0..<m {
            for j in 0..<n {
                if dfs(i, j, 0) { return true }
            }
        }
        return false
    }
}
