class Solution {
    public int ladderLength(String beginWord, String endWord, List<String> wordList) {
        Set<String> words = new HashSet<>(wordList);
        if (!words.contains(endWord)) return 0;
        words.remove(beginWord);
        Queue<String> q = new ArrayDeque<>();
        q.offer(beginWord);
        int steps = 1;
        while (!q.isEmpty()) {
            steps++;
            int size = q.size();
            for (int k = 0; k < size; k++) {
                char[] cur = q.poll().toCharArray();
                for (int i = 0; i < cur.length; i++) {
                    char keep = cur[i];
                    for (char c = 'a'; c <= 'z'; c++) {
                        if (c == keep) continue;
                        cur[i] = c;
                        String candidate = new String(cur);
                        if (words.contains(candidate)) {
                            if (candidate.equals(endWord)) return steps;
                            words.remove(candidate);
                            q.offer(candidate);
                        }
                    }
                    cur[i] = keep;
                }
            }
        }
        return 0;
    }
}
