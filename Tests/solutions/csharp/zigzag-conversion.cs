public class Solution {
    public string Convert(string s, int numRows) {
        if (numRows == 1) return s;
        var rows = Enumerable.Range(0, Math.Min(numRows, s.Length)).Select(_ => new StringBuilder()).ToArray();
        int row = 0;
        bool down = false;
        foreach (char c in s) {
            rows[row].Append(c);
            if (row == 0 || row == numRows - 1) down = !down;
            row += down ? 1 : -1;
        }
        return string.Concat(rows.Select(r => r.ToString()));
    }
}
