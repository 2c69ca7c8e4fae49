class Solution {
    public List<List<Integer>> combinationSum(int[] candidates, int target) {
        Arrays.sort(candidates);
        List<List<Integer>> out = new ArrayList<>();
        build(candidates, 0, target, new ArrayList<>(), out);
        return out;
    }

    private void build(int[] c, int start, int left, List<Integer> chosen, List<List<Integer>> out) {
        if (left == 0) {
            out.add(new ArrayList<>(chosen));
            return;
        }
        for (int i = start; i < c.length && c[i] <= left; i++) {
            chosen.add(c[i]);
            build(c, i, left - c[i], chosen, out);
            chosen.remove(chosen.size() - 1);
        }
    }
}
