public class Solution {
    public IList<string> FullJustify(string[] words, int maxWidth) {
        var res = new List<string>();
        int i = 0;
        while (i < words.Length) {
            int j = i, len = 0;
            while (j < words.Length && len + words[j].Length + (j - i) <= maxWidth) {
                len += words[j].Length;
                j++;
            }
            var sb = new StringBuilder();
            int gaps = j - i - 1;
            if (j == words.Length || gaps == 0) {
                sb.Append(string.Join(" ", words, i, j - i));
                sb.Append(' ', maxWidth - sb.Length);
            } else {
                int spaces = maxWidth - len, each = spaces / gaps, extra = spaces % gaps;
                for (int k = i; k < j; k++) {
                    sb.Append(words[k]);
                    if (k < j - 1) sb.Append(' ', each + (k - i < extra ? 1 : 0));
                }
            }
            res.Add(sb.ToString());
            i = j;
        }
        return res;
    }
}
