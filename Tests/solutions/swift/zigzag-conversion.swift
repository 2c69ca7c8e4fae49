class Solution {
    func convert(_ s: String, _ numRows: Int) -> String {
        if numRows == 1 { return s }
        var rows = Array(repeating: "", count: min(numRows, s.count))
        var row = 0, down = false
        for c in s {
            rows[row].append(c)
            if row == 0 || row == numRows - 1 { down.toggle() }
            row += down ? 1 : -1
        }
        return rows.joined()
    }
}
