class Solution {
    public List<List<Integer>> permuteUnique(int[] nums) {
        Arrays.sort(nums);
        List<List<Integer>> out = new ArrayList<>();
        build(nums, new boolean[nums.length], new ArrayList<>(), out);
        return out;
    }

    private void build(int[] nums, boolean[] used, List<Integer> prefix, List<List<Integer>> out) {
        if (prefix.size() == nums.length) {
            out.add(new ArrayList<>(prefix));
            return;
        }
        for (int i = 0; i < nums.length; i++) {
            if (used[i] || (i > 0 && nums[i] == nums[i - 1] && !used[i - 1])) continue;
            used[i] = true;
            prefix.add(nums[i]);
            build(nums, used, prefix, out);
            prefix.remove(prefix.size() - 1);
            used[i] = false;
        }
    }
}
