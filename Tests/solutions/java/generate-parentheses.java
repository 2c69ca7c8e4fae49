class Solution {
    public List<String> generateParenthesis(int n) {
        List<String> out = new ArrayList<>();
        build(n, 0, 0, new StringBuilder(), out);
        return out;
    }

    private void build(int n, int open, int close, StringBuilder cur, List<String> out) {
        if (cur.length() == 2 * n) {
            out.add(cur.toString());
            return;
        }
        if (open < n) {
            cur.append('(');
            build(n, open + 1, close, cur, out);
            cur.deleteCharAt(cur.length() - 1);
        }
        if (close < open) {
            cur.append(')');
            build(n, open, close + 1, cur, out);
            cur.deleteCharAt(cur.length() - 1);
        }
    }
}
