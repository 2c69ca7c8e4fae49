// The judge's C++ driver support: JSON test data in, canonical JSON answers out, each test's
// result as one JSON line on file descriptor 3. main() is generated per question (see
// templates/main.cpp with language.json's driver parts) and calls the solution through these.
#pragma once
#include <unistd.h>

namespace cc {

struct Json {
    enum Kind { Null, Bool, Number, String, Array, Object } kind = Null;
    bool boolean = false;
    long double number = 0;
    bool integral = true;
    std::string text;
    std::vector<Json> items;
    std::vector<std::string> keys;  // of an Object, beside `items`
    const Json *member(const std::string &key) const {
        for (size_t i = 0; i < keys.size(); i++) if (keys[i] == key) return &items[i];
        return nullptr;
    }
};

struct Parser {
    const std::string &s;
    size_t i = 0;
    void space() { while (i < s.size() && isspace((unsigned char)s[i])) i++; }
    Json value() {
        space();
        Json j;
        if (i >= s.size()) throw std::runtime_error("bad test data");
        char c = s[i];
        if (c == '{') {
            j.kind = Json::Object; i++; space();
            if (s[i] == '}') { i++; return j; }
            for (;;) {
                space(); Json key = value(); space();
                if (s[i++] != ':') throw std::runtime_error("bad object");
                j.keys.push_back(key.text); j.items.push_back(value()); space();
                if (s[i] == ',') { i++; continue; }
                if (s[i] == '}') { i++; break; }
                throw std::runtime_error("bad object");
            }
        } else if (c == '[') {
            j.kind = Json::Array; i++; space();
            if (s[i] == ']') { i++; return j; }
            for (;;) { j.items.push_back(value()); space(); if (s[i] == ',') { i++; continue; } if (s[i] == ']') { i++; break; } throw std::runtime_error("bad array"); }
        } else if (c == '"') {
            j.kind = Json::String; i++;
            while (s[i] != '"') {
                if (s[i] == '\\') {
                    char e = s[++i];
                    if (e == 'n') j.text += '\n'; else if (e == 't') j.text += '\t'; else if (e == 'r') j.text += '\r';
                    else if (e == 'b') j.text += '\b'; else if (e == 'f') j.text += '\f';
                    else if (e == 'u') { unsigned code = std::stoul(s.substr(i + 1, 4), nullptr, 16); i += 4;
                        if (code < 0x80) j.text += char(code); else if (code < 0x800) { j.text += char(0xC0 | code >> 6); j.text += char(0x80 | (code & 63)); }
                        else { j.text += char(0xE0 | code >> 12); j.text += char(0x80 | (code >> 6 & 63)); j.text += char(0x80 | (code & 63)); } }
                    else j.text += e;
                    i++;
                } else j.text += s[i++];
            }
            i++;
        } else if (s.compare(i, 4, "true") == 0) { j.kind = Json::Bool; j.boolean = true; i += 4; }
        else if (s.compare(i, 5, "false") == 0) { j.kind = Json::Bool; i += 5; }
        else if (s.compare(i, 4, "null") == 0) { i += 4; }
        else {
            size_t start = i;
            while (i < s.size() && (isdigit((unsigned char)s[i]) || strchr("+-.eE", s[i]))) i++;
            std::string number = s.substr(start, i - start);
            j.kind = Json::Number;
            j.integral = number.find_first_of(".eE") == std::string::npos;
            j.number = std::stold(number);
        }
        return j;
    }
};

inline Json parse(const std::string &text) { Parser p{text}; return p.value(); }

// ---------------------------------------------------------------- JSON -> C++
template <class T> struct Decode;
template <> struct Decode<int> { static int from(const Json &j) { return (int)j.number; } };
template <> struct Decode<long long> { static long long from(const Json &j) { return (long long)j.number; } };
template <> struct Decode<long> { static long from(const Json &j) { return (long)j.number; } };
template <> struct Decode<double> { static double from(const Json &j) { return (double)j.number; } };
template <> struct Decode<bool> { static bool from(const Json &j) { return j.boolean; } };
template <> struct Decode<std::string> { static std::string from(const Json &j) { return j.text; } };
template <> struct Decode<char> { static char from(const Json &j) { return j.text.empty() ? '\0' : j.text[0]; } };
template <class T> struct Decode<std::vector<T>> {
    static std::vector<T> from(const Json &j) { std::vector<T> v; for (auto &x : j.items) v.push_back(Decode<T>::from(x)); return v; }
};
template <> struct Decode<ListNode *> {
    static ListNode *from(const Json &j) {
        ListNode head, *tail = &head;
        for (auto &x : j.items) { tail->next = new ListNode((int)x.number); tail = tail->next; }
        return head.next;
    }
};
template <> struct Decode<TreeNode *> {
    static TreeNode *from(const Json &j) {
        if (j.items.empty() || j.items[0].kind == Json::Null) return nullptr;
        TreeNode *root = new TreeNode((int)j.items[0].number);
        std::queue<TreeNode *> q; q.push(root);
        size_t i = 1;
        while (!q.empty() && i < j.items.size()) {
            TreeNode *n = q.front(); q.pop();
            if (i < j.items.size() && j.items[i].kind != Json::Null) { n->left = new TreeNode((int)j.items[i].number); q.push(n->left); }
            i++;
            if (i < j.items.size() && j.items[i].kind != Json::Null) { n->right = new TreeNode((int)j.items[i].number); q.push(n->right); }
            i++;
        }
        return root;
    }
};
template <class T> T decode(const Json &j) { return Decode<T>::from(j); }

// ---------------------------------------------------------------- C++ -> canonical JSON
inline std::string quote(const std::string &s) {
    std::string out = "\"";
    for (unsigned char c : s) {
        if (c == '"') out += "\\\""; else if (c == '\\') out += "\\\\"; else if (c == '\n') out += "\\n";
        else if (c == '\r') out += "\\r"; else if (c == '\t') out += "\\t"; else if (c == '\b') out += "\\b"; else if (c == '\f') out += "\\f";
        else if (c < 0x20) { char buf[8]; snprintf(buf, sizeof buf, "\\u%04x", c); out += buf; }
        else out += (char)c;
    }
    return out + "\"";
}
inline std::string encode(int v) { return std::to_string(v); }
inline std::string encode(long v) { return std::to_string(v); }
inline std::string encode(long long v) { return std::to_string(v); }
inline std::string encode(bool v) { return v ? "true" : "false"; }
inline std::string encode(double v) { char buf[64]; snprintf(buf, sizeof buf, "%.17g", v); std::string s = buf; if (s.find_first_of(".eEn") == std::string::npos) s += ".0"; return s; }
inline std::string encode(const std::string &v) { return quote(v); }
inline std::string encode(char v) { return quote(std::string(1, v)); }
inline std::string encode(ListNode *head) {
    std::string out = "["; size_t n = 0;
    for (; head; head = head->next) { if (n++) out += ","; out += std::to_string(head->val); if (n > 1000000) throw std::runtime_error("the returned list has a cycle"); }
    return out + "]";
}
inline std::string encode(TreeNode *root) {
    std::vector<std::string> out; std::queue<TreeNode *> q; q.push(root);
    while (!q.empty()) { TreeNode *n = q.front(); q.pop(); if (!n) { out.push_back("null"); continue; } out.push_back(std::to_string(n->val)); q.push(n->left); q.push(n->right); }
    while (!out.empty() && out.back() == "null") out.pop_back();
    std::string s = "["; for (size_t i = 0; i < out.size(); i++) { if (i) s += ","; s += out[i]; } return s + "]";
}
template <class T> std::string encode(const std::vector<T> &v) {
    std::string out = "["; for (size_t i = 0; i < v.size(); i++) { if (i) out += ","; out += encode(v[i]); } return out + "]";
}
inline std::string encode(const std::vector<bool> &v) {
    std::string out = "["; for (size_t i = 0; i < v.size(); i++) { if (i) out += ","; out += v[i] ? "true" : "false"; } return out + "]";
}

// ---------------------------------------------------------------- reporting
inline FILE *report() { static FILE *f = fdopen(3, "w"); return f; }

inline void line(const std::string &json) { fputs(json.c_str(), report()); fputc('\n', report()); fflush(report()); }

/// Captures what the solution prints with cout during one test.
struct Capture {
    std::ostringstream buffer;
    std::streambuf *previous;
    Capture() : previous(std::cout.rdbuf(buffer.rdbuf())) {}
    ~Capture() { std::cout.rdbuf(previous); }
    std::string text() { std::string s = buffer.str(); return s.size() > 65536 ? s.substr(0, 65536) : s; }
};

inline std::vector<Json> load(const char *path) {
    std::ifstream in(path);
    std::stringstream all; all << in.rdbuf();
    Json spec = parse(all.str());
    const Json *inputs = spec.member("inputs");
    return inputs ? inputs->items : std::vector<Json>{};
}

}  // namespace cc
