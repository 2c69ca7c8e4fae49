class Solution {
    public List<List<Integer>> combinationSum2(int[] candidates, int target) {
        Arrays.sort(candidates);
        List<List<Integer>> out = new ArrayList<>();
        search(candidates, 0, target, new ArrayList<>(), out);
        return out;
    }

    private void search(int[] c, int start, int left, List<Integer> picked, List<List<Integer>> out) {
        if (left == 0) {
            out.add(new ArrayList<>(picked));
            return;
        }
        for (int i = start; i < c.length && c[i] <= left; i++) {
            if (i > start && c[i] == c[i - 1]) continue;
            picked.add(c[i]);
            search(c, i + 1, left - c[i], picked, out);
            picked.remove(picked.size() - 1);
        }
    }
}
