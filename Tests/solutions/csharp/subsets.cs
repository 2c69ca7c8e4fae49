public class Solution {
    public IList<IList<int>> Subsets(int[] nums) {
        var res = new List<IList<int>>();
        Backtrack(0, new List<int>());
        return res;

        void Backtrack(int start, List<int> cur) {
            res.Add(new List<int>(cur));
            for (int i = start; i < nums.Length; i++) {
                cur.Add(nums[i]);
                Backtrack(i + 1, cur);
                cur.RemoveAt(cur.Count - 1);
            }
        }
    }
}
