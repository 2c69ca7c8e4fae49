class Solution {
    public List<List<String>> findLadders(String beginWord, String endWord, List<String> wordList) {
        Set<String> words = new HashSet<>(wordList);
        List<List<String>> out = new ArrayList<>();
        if (!words.contains(endWord)) return out;
        words.remove(beginWord);
        Map<String, List<String>> parents = new HashMap<>();
        Set<String> level = new HashSet<>();
        level.add(beginWord);
        boolean found = false;
        while (!level.isEmpty() && !found) {
            words.removeAll(level);
            Set<String> next = new HashSet<>();
            for (String w : level) {
                char[] cur = w.toCharArray();
                for (int i = 0; i < cur.length; i++) {
                    char keep = cur[i];
                    for (char c = 'a'; c <= 'z'; c++) {
                        if (c == keep) continue;
                        cur[i] = c;
                        String candidate = new String(cur);
                        if (words.contains(candidate)) {
                            if (candidate.equals(endWord)) found = true;
                            next.add(candidate);
                            parents.computeIfAbsent(candidate, k -> new ArrayList<>()).add(w);
                        }
                    }
                    cur[i] = keep;
                }
            }
            level = next;
        }
        if (!found) return out;
        LinkedList<String> path = new LinkedList<>();
        path.add(endWord);
        back(endWord, beginWord, parents, path, out);
        return out;
    }

    private void back(String word, String beginWord, Map<String, List<String>> parents,
                      LinkedList<String> path, List<List<String>> out) {
        if (word.equals(beginWord)) {
            out.add(new ArrayList<>(path));
            return;
        }
        for (String p : parents.getOrDefault(word, Collections.emptyList())) {
            path.addFirst(p);
            back(p, beginWord, parents, path, out);
            path.removeFirst();
        }
    }
}
