class Solution {
public:
    int minCut(string s) {
        int n = s.size();
        vector<int> cuts(n + 1);
        for (int i = 0; i <= n; i++) cuts[i] = i - 1;
        for (int mid = 0; mid < n; mid++) {
            for (int l = mid, r = mid; l >= 0 && r < n && s[l] == s[r]; l--, r++)
                cuts[r + 1] = min(cuts[r + 1], cuts[l] + 1);
            for (int l = mid, r = mid + 1; l >= 0 && r < n && s[l] == s[r]; l--, r++)
                cuts[r + 1] = min(cuts[r + 1], cuts[l] + 1);
        }
        return cuts[n];
    }
};
