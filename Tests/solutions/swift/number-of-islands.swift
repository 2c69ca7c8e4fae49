class Solution {
    func numIslands(_ grid: [[Character]]) -> Int {
        var grid = grid
        let m = grid.count, n = grid[0].count
        var count = 0
        for i in 0..<m {
            for j in 0..<n where grid[i][j] == "1" {
                count += 1
                var stack = [(i, j)]
                grid[i][j] = "0"
                while let (r, c) = stack.popLast() {
                    for (dr, dc) in [(1, 0), (-1, 0), (0, 1), (0, -1)] {
                        let x = r + dr, y = c + dc
                        if x >= 0 && y >= 0 && x < m && y < n && grid[x][y] == "1" {
                            grid[x][y] = "0"
                            stack.append((x, y))
                        }
                    }
                }
            }
        }
        return count
    }
}
