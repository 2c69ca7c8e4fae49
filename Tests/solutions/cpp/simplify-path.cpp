class Solution {
public:
    string simplifyPath(string path) {
        vector<string> stack;
        stringstream in(path);
        string name;
        while (getline(in, name, '/')) {
            if (name == "..") {
                if (!stack.empty()) stack.pop_back();
            } else if (!name.empty() && name != ".") {
                stack.push_back(name);
            }
        }
        string out;
        for (auto& s : stack) out += "/" + s;
        return out.empty() ? "/" : out;
    }
};
