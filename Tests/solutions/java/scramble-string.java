class Solution {
    private String s1, s2;
    private Boolean[][][] memo;

    public boolean isScramble(String s1, String s2) {
        this.s1 = s1;
        this.s2 = s2;
        int n = s1.length();
        memo = new Boolean[n][n][n + 1];
        return solve(0, 0, n);
    }

    private boolean solve(int i, int j, int len) {
        if (memo[i][j][len] != null) return memo[i][j][len];
        boolean result = false;
        if (s1.regionMatches(i, s2, j, len)) {
            result = true;
        } else {
            int[] count = new int[26];
            for (int k = 0; k < len; k++) {
                count[s1.charAt(i + k) - 'a']++;
                count[s2.charAt(j + k) - 'a']--;
            }
            boolean same = true;
            for (int c : count) if (c != 0) same = false;
            if (same) {
                for (int k = 1; k < len && !result; k++) {
                    if (solve(i, j, k) && solve(i + k, j + k, len - k)) result = true;
                    else if (solve(i, j + len - k, k) && solve(i + k, j, len - k)) result = true;
                }
            }
        }
        memo[i][j][len] = result;
        return result;
    }
}
