public class Solution {
    public IList<IList<string>> GroupAnagrams(string[] strs) {
        var groups = new Dictionary<string, IList<string>>();
        foreach (var s in strs) {
            var chars = s.ToCharArray();
            Array.Sort(chars);
            var key = new string(chars);
            if (!groups.ContainsKey(key)) groups[key] = new List<string>();
            groups[key].Add(s);
        }
        return groups.Values.ToList();
    }
}
