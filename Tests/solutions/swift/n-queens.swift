class Solution {
    func solveNQueens(_ n: Int) -> [[String]] {
        var res = [[String]]()
        var board = Array(repeating: Array(repeating: Character("."), count: n), count: n)
        var cols = Set<Int>(), d1 = Set<Int>(), d2 = Set<Int>()
        func place(_ r: Int) {
            if r == n {
                res.append(board.map { String($0) })
                return
            }
            for c in 0..<n {
                if cols.contains(c) || d1.contains(r - c) || d2.contains(r + c) { continue }
                cols.insert(c); d1.insert(r - c); d2.insert(r + c)
                board[r][c] = "Q"
                place(r + 1)
                board[r][c] = "."
                cols.remove(c); d1.remove(r - c); d2.remove(r + c)
            }
        }
        place(0)
        return res
    }
}
