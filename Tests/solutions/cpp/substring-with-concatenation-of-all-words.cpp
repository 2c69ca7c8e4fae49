class Solution {
public:
    vector<int> findSubstring(string s, vector<string>& words) {
        int size = words[0].size(), count = words.size(), n = s.size();
        unordered_map<string, int> need;
        for (auto& w : words) need[w]++;
        vector<int> out;
        for (int start = 0; start < size; start++) {
            unordered_map<string, int> seen;
            int used = 0, left = start;
            for (int right = start; right + size <= n; right += size) {
                string piece = s.substr(right, size);
                auto it = need.find(piece);
                if (it == need.end()) {
                    seen.clear();
                    used = 0;
                    left = right + size;
                    continue;
                }
                seen[piece]++;
                used++;
                while (seen[piece] > it->second) {
                    seen[s.substr(left, size)]--;
                    used--;
                    left += size;
                }
                if (used == count) {
                    out.push_back(left);
                    seen[s.substr(left, size)]--;
                    used--;
                    left += size;
                }
            }
        }
        return out;
    }
};
