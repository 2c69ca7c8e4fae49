class Solution {
    func solveSudoku(_ board: inout [[Character]]) {
        var rows = [[Bool]](repeating: [Bool](repeating: false, count: 10), count: 9)
        var cols = rows, boxes = rows
        var empty: [(Int, Int)] = []
        for r in 0..<9 {
            for c in 0..<9 {
                if let d = board[r][c].wholeNumberValue {
                    rows[r][d] = true
                    cols[c][d] = true
                    boxes[r / 3 * 3 + c / 3][d] = true
                } else {
                    empty.append((r, c))
                }
            }
        }
        func solve(_ k: Int) -> Bool {
            if k == empty.count { return true }
            let (r, c) = empty[k]
            let b = r / 3 * 3 + c / 3
            for d in 1...9 where !rows[r][d] && !cols[c][d] && !boxes[b][d] {
                rows[r][d] = true; cols[c][d] = true; boxes[b][d] = true
                board[r][c] = Character(String(d))
                if solve(k + 1) { return true }
                rows[r][d] = false; cols[c][d] = false; boxes[b][d] = false
            }
            board[r][c] = "."
            return false
        }
        _ = solve(0)
    }
}
