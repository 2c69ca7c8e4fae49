public class Solution {
    public IList<string> FindRepeatedDnaSequences(string s) {
        var counts = new Dictionary<string, int>();
        for (int i = 0; i + 10 <= s.Length; i++) {
            var seq = s.Substring(i, 10);
            counts[seq] = counts.GetValueOrDefault(seq) + 1;
        }
        var result = new List<string>();
        foreach (var (seq, count) in counts) {
            if (count > 1) result.Add(seq);
        }
        return result;
    }
}
