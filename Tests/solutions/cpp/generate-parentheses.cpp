class Solution {
public:
    vector<string> generateParenthesis(int n) {
        vector<string> out;
        string cur;
        build(n, 0, 0, cur, out);
        return out;
    }

private:
    void build(int n, int open, int close, string& cur, vector<string>& out) {
        if ((int)cur.size() == 2 * n) {
            out.push_back(cur);
            return;
        }
        if (open < n) {
            cur.push_back('(');
            build(n, open + 1, close, cur, out);
            cur.pop_back();
        }
        if (close < open) {
            cur.push_back(')');
            build(n, open, close + 1, cur, out);
            cur.pop_back();
        }
    }
};
