class Solution {
    public boolean wordBreak(String s, List<String> wordDict) {
        Set<String> words = new HashSet<>(wordDict);
        int n = s.length();
        boolean[] reachable = new boolean[n + 1];
        reachable[0] = true;
        for (int end = 1; end <= n; end++) {
            for (int start = Math.max(0, end - 20); start < end && !reachable[end]; start++) {
                if (reachable[start] && words.contains(s.substring(start, end)))
                    reachable[end] = true;
            }
        }
        return reachable[n];
    }
}
