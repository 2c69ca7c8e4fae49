public class Solution {
    public IList<IList<string>> Partition(string s) {
        var res = new List<IList<string>>();
        Backtrack(s, 0, new List<string>(), res);
        return res;
    }

    private void Backtrack(string s, int start, List<string> path, List<IList<string>> res) {
        if (start == s.Length) {
            res.Add(new List<string>(path));
            return;
        }
        for (int end = start; end < s.Length; end++) {
            if (IsPalindrome(s, start, end)) {
                path.Add(s.Substring(start, end - start + 1));
                Backtrack(s, end + 1, path, res);
                path.RemoveAt(path.Count - 1);
            }
        }
    }

    private bool IsPalindrome(string s, int l, int r) {
        while (l < r) if (s[l++] != s[r--]) return false;
        return true;
    }
}
