public class Solution {
    public IList<string> GenerateParenthesis(int n) {
        var result = new List<string>();
        Build("", 0, 0);
        return result;

        void Build(string current, int open, int close) {
            if (current.Length == 2 * n) { result.Add(current); return; }
            if (open < n) Build(current + "(", open + 1, close);
            if (close < open) Build(current + ")", open, close + 1);
        }
    }
}
