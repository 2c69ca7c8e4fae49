public class Solution {
    public string LargestNumber(int[] nums) {
        var strs = nums.Select(x => x.ToString()).ToArray();
        Array.Sort(strs, (a, b) => string.CompareOrdinal(b + a, a + b));
        if (strs[0] == "0") return "0";
        return string.Concat(strs);
    }
}
