class Solution {
public:
    string largestNumber(vector<int>& nums) {
        vector<string> words;
        for (int x : nums) words.push_back(to_string(x));
        sort(words.begin(), words.end(), [](const string& a, const string& b) { return a + b > b + a; });
        if (words[0] == "0") return "0";
        string out;
        for (const string& w : words) out += w;
        return out;
    }
};
