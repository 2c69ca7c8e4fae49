class Solution {
    func solve(_ board: inout [[Character]]) {
        let m = board.count, n = board[0].count
        var stack = [(Int, Int)]()
        for i in 0..<m {
            for j in 0..<n where (i == 0 || j == 0 || i == m - 1 || j == n - 1) && board[i][j] == "O" {
                board[i][j] = "#"
                stack.append((i, j))
            }
        }
        let dirs = [(1, 0), (-1, 0), (0, 1), (0, -1)]
        while let (r, c) = stack.popLast() {
            for (dr, dc) in dirs {
                let x = r + dr, y = c + dc
                if x >= 0 && y >= 0 && x < m && y < n && board[x][y] == "O" {
                    board[x][y] = "#"
                    stack.append((x, y))
                }
            }
        }
        for i in 0..<m {
            for j in 0..<n {
                board[i][j] = board[i][j] == "#" ? "O" : "X"
            }
        }
    }
}
