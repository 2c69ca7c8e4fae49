class Solution {
    private Map<Integer, List<String>> memo = new HashMap<>();

    public List<String> wordBreak(String s, List<String> wordDict) {
        return sentences(s, 0, new HashSet<>(wordDict));
    }

    private List<String> sentences(String s, int start, Set<String> words) {
        if (memo.containsKey(start)) return memo.get(start);
        List<String> out = new ArrayList<>();
        if (start == s.length()) {
            out.add("");
        } else {
            for (int end = start + 1; end <= s.length() && end - start <= 10; end++) {
                String piece = s.substring(start, end);
                if (!words.contains(piece)) continue;
                for (String rest : sentences(s, end, words))
                    out.add(rest.isEmpty() ? piece : piece + " " + rest);
            }
        }
        memo.put(start, out);
        return out;
    }
}
