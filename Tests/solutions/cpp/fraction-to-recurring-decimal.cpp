class Solution {
public:
    string fractionToDecimal(int numerator, int denominator) {
        if (numerator == 0) return "0";
        string out;
        if ((numerator < 0) ^ (denominator < 0)) out += '-';
        long long n = llabs((long long)numerator), d = llabs((long long)denominator);
        out += to_string(n / d);
        long long rest = n % d;
        if (rest == 0) return out;
        out += '.';
        unordered_map<long long, int> seen;
        while (rest) {
            auto it = seen.find(rest);
            if (it != seen.end()) {
                out.insert(it->second, "(");
                out += ')';
                break;
            }
            seen[rest] = out.size();
            rest *= 10;
            out += char('0' + rest / d);
            rest %= d;
        }
        return out;
    }
};
