public class Solution {
    class Trie {
        public Trie[] Next = new Trie[26];
        public bool End;
    }

    private readonly Trie root = new();
    private Dictionary<int, List<string>> memo = new();
    private string s;

    public IList<string> WordBreak(string s, IList<string> wordDict) {
        this.s = s;
        foreach (var word in wordDict) {
            var node = root;
            foreach (char c in word) {
                node.Next[c - 'a'] ??= new Trie();
                node = node.Next[c - 'a'];
            }
            node.End = true;
        }
        return Solve(0);
    }

    private List<string> Solve(int start) {
        if (memo.TryGetValue(start, out var cached)) return cached;
        List<string> result = new();
        if (start == s.Length) {
            result.Add("");
        } else {
            var node = root;
            for (int i = start; i < s.Length; i++) {
                node = node.Next[s[i] - 'a'];
                if (node is null) break;
                if (!node.End) continue;
                string word = s[start..(i + 1)];
                foreach (var rest in Solve(i + 1)) {
                    result.Add(rest.Length == 0 ? word : word + " " + rest);
                }
            }
        }
        memo[start] = result;
        return result;
    }
}
