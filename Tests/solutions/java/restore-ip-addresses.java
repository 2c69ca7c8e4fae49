class Solution {
    public List<String> restoreIpAddresses(String s) {
        List<String> out = new ArrayList<>();
        build(s, 0, new ArrayList<>(), out);
        return out;
    }

    private void build(String s, int start, List<String> parts, List<String> out) {
        if (parts.size() == 4) {
            if (start == s.length()) out.add(String.join(".", parts));
            return;
        }
        int left = s.length() - start;
        if (left < 4 - parts.size() || left > 3 * (4 - parts.size())) return;
        for (int len = 1; len <= 3 && start + len <= s.length(); len++) {
            String part = s.substring(start, start + len);
            if (len > 1 && part.charAt(0) == '0') break;
            if (Integer.parseInt(part) > 255) break;
            parts.add(part);
            build(s, start + len, parts, out);
            parts.remove(parts.size() - 1);
        }
    }
}
