class Solution {
public:
    vector<string> restoreIpAddresses(string s) {
        vector<string> out;
        vector<string> parts;
        build(s, 0, parts, out);
        return out;
    }

private:
    void build(const string& s, int start, vector<string>& parts, vector<string>& out) {
        if (parts.size() == 4) {
            if (start == (int)s.size()) out.push_back(parts[0] + "." + parts[1] + "." + parts[2] + "." + parts[3]);
            return;
        }
        for (int len = 1; len <= 3 && start + len <= (int)s.size(); len++) {
            string part = s.substr(start, len);
            if (len > 1 && part[0] == '0') break;
            if (stoi(part) > 255) break;
            parts.push_back(part);
            build(s, start + len, parts, out);
            parts.pop_back();
        }
    }
};
