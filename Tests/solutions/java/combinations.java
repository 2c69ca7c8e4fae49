class Solution {
    public List<List<Integer>> combine(int n, int k) {
        List<List<Integer>> out = new ArrayList<>();
        extend(1, n, k, new ArrayList<>(), out);
        return out;
    }

    private void extend(int start, int n, int k, List<Integer> chosen, List<List<Integer>> out) {
        if (chosen.size() == k) {
            out.add(new ArrayList<>(chosen));
            return;
        }
        for (int value = start; value <= n - (k - chosen.size()) + 1; value++) {
            chosen.add(value);
            extend(value + 1, n, k, chosen, out);
            chosen.remove(chosen.size() - 1);
        }
    }
}
