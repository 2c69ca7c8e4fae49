class Solution {
public:
    int maxProfit(vector<int>& prices) {
        int total = 0;
        for (int i = 1; i < (int)prices.size(); i++) {
            if (prices[i] > prices[i - 1]) total += prices[i] - prices[i - 1];
        }
        return total;
    }
};
