class Solution {
    public List<List<Integer>> permute(int[] nums) {
        List<List<Integer>> out = new ArrayList<>();
        build(nums, new ArrayList<>(), new boolean[nums.length], out);
        return out;
    }

    private void build(int[] nums, List<Integer> prefix, boolean[] used, List<List<Integer>> out) {
        if (prefix.size() == nums.length) {
            out.add(new ArrayList<>(prefix));
            return;
        }
        for (int i = 0; i < nums.length; i++) {
            if (used[i]) continue;
            used[i] = true;
            prefix.add(nums[i]);
            build(nums, prefix, used, out);
            prefix.remove(prefix.size() - 1);
            used[i] = false;
        }
    }
}
