public class Solution {
    public IList<int> FindSubstring(string s, string[] words) {
        var res = new List<int>();
        int wl = words[0].Length, cnt = words.Length;
        var need = new Dictionary<string, int>();
        foreach (var w in words) need[w] = need.TryGetValue(w, out var c) ? c + 1 : 1;
        for (int off = 0; off < wl; off++) {
            var seen = new Dictionary<string, int>();
            int left = off, count = 0;
            for (int right = off; right + wl <= s.Length; right += wl) {
                var w = s.Substring(right, wl);
                if (!need.ContainsKey(w)) {
                    seen.Clear();
                    count = 0;
                    left = right + wl;
                    continue;
                }
                seen[w] = seen.TryGetValue(w, out var sc) ? sc + 1 : 1;
                count++;
                while (seen[w] > need[w]) {
                    var lw = s.Substring(left, wl);
                    seen[lw]--;
                    count--;
                    left += wl;
                }
                if (count == cnt) {
                    res.Add(left);
                    var lw = s.Substring(left, wl);
                    seen[lw]--;
                    count--;
                    left += wl;
                }
            }
        }
        return res;
    }
}
