class Solution {
    public List<List<Integer>> subsets(int[] nums) {
        List<List<Integer>> out = new ArrayList<>();
        out.add(new ArrayList<>());
        for (int value : nums) {
            int size = out.size();
            for (int i = 0; i < size; i++) {
                List<Integer> subset = new ArrayList<>(out.get(i));
                subset.add(value);
                out.add(subset);
            }
        }
        return out;
    }
}
