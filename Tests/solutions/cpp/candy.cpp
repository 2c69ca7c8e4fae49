class Solution {
public:
    int candy(vector<int>& ratings) {
        int n = ratings.size();
        vector<int> give(n, 1);
        for (int i = 1; i < n; i++)
            if (ratings[i] > ratings[i - 1]) give[i] = give[i - 1] + 1;
        for (int i = n - 2; i >= 0; i--)
            if (ratings[i] > ratings[i + 1]) give[i] = max(give[i], give[i + 1] + 1);
        int total = 0;
        for (int g : give) total += g;
        return total;
    }
};
