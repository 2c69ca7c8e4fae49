class Solution {
    public List<List<String>> partition(String s) {
        int n = s.length();
        boolean[][] pal = new boolean[n][n];
        for (int i = n - 1; i >= 0; i--)
            for (int j = i; j < n; j++)
                pal[i][j] = s.charAt(i) == s.charAt(j) && (j - i < 2 || pal[i + 1][j - 1]);
        List<List<String>> out = new ArrayList<>();
        cut(s, 0, pal, new ArrayList<>(), out);
        return out;
    }

    private void cut(String s, int start, boolean[][] pal, List<String> pieces, List<List<String>> out) {
        if (start == s.length()) {
            out.add(new ArrayList<>(pieces));
            return;
        }
        for (int end = start; end < s.length(); end++) {
            if (!pal[start][end]) continue;
            pieces.add(s.substring(start, end + 1));
            cut(s, end + 1, pal, pieces, out);
            pieces.remove(pieces.size() - 1);
        }
    }
}
