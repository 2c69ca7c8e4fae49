class Solution {
    public int minCut(String s) {
        int n = s.length();
        boolean[][] pal = new boolean[n][n];
        int[] cuts = new int[n];
        for (int j = 0; j < n; j++) {
            int best = j;
            for (int i = 0; i <= j; i++) {
                if (s.charAt(i) == s.charAt(j) && (j - i < 2 || pal[i + 1][j - 1])) {
                    pal[i][j] = true;
                    best = i == 0 ? 0 : Math.min(best, cuts[i - 1] + 1);
                }
            }
            cuts[j] = best;
        }
        return cuts[n - 1];
    }
}
