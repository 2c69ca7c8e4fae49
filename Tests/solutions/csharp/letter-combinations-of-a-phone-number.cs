public class Solution {
    private static readonly string[] Map = { "", "", "abc", "def", "ghi", "jkl", "mno", "pqrs", "tuv", "wxyz" };

    public IList<string> LetterCombinations(string digits) {
        var res = new List<string>();
        if (string.IsNullOrEmpty(digits)) return res;
        Backtrack(digits, 0, new StringBuilder(), res);
        return res;
    }

    private void Backtrack(string digits, int i, StringBuilder sb, List<string> res) {
        if (i == digits.Length) { res.Add(sb.ToString()); return; }
        foreach (char c in Map[digits[i] - '0']) {
            sb.Append(c);
            Backtrack(digits, i + 1, sb, res);
            sb.Length--;
        }
    }
}
