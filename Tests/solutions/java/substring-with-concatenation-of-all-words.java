class Solution {
    public List<Integer> findSubstring(String s, String[] words) {
        int size = words[0].length(), count = words.length, n = s.length();
        Map<String, Integer> need = new HashMap<>();
        for (String w : words) need.merge(w, 1, Integer::sum);
        List<Integer> out = new ArrayList<>();
        for (int start = 0; start < size; start++) {
            Map<String, Integer> seen = new HashMap<>();
            int used = 0, left = start;
            for (int right = start; right + size <= n; right += size) {
                String piece = s.substring(right, right + size);
                Integer limit = need.get(piece);
                if (limit == null) {
                    seen.clear();
                    used = 0;
                    left = right + size;
                    continue;
                }
                seen.merge(piece, 1, Integer::sum);
                used++;
                while (seen.get(piece) > limit) {
                    seen.merge(s.substring(left, left + size), -1, Integer::sum);
                    used--;
                    left += size;
                }
                if (used == count) {
                    out.add(left);
                    seen.merge(s.substring(left, left + size), -1, Integer::sum);
                    used--;
                    left += size;
                }
            }
        }
        return out;
    }
}
