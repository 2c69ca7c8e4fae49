class Solution {
    public String getPermutation(int n, int k) {
        int[] fact = new int[n + 1];
        fact[0] = 1;
        for (int i = 1; i <= n; i++) fact[i] = fact[i - 1] * i;
        List<Integer> digits = new ArrayList<>();
        for (int d = 1; d <= n; d++) digits.add(d);
        StringBuilder out = new StringBuilder();
        k--;
        for (int left = n; left >= 1; left--) {
            int index = k / fact[left - 1];
            k %= fact[left - 1];
            out.append(digits.remove(index));
        }
        return out.toString();
    }
}
