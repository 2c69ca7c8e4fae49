public class Solution {
    public string LongestCommonPrefix(string[] strs) {
        string prefix = strs[0];
        foreach (var s in strs) {
            while (!s.StartsWith(prefix, StringComparison.Ordinal)) prefix = prefix.Substring(0, prefix.Length - 1);
        }
        return prefix;
    }
}
