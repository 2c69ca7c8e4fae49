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
template <> struct Decode<unsigned int> { static unsigned int from(const Json &j) { return (unsigned int)(long long)j.number; } };

/// A failure of the solution that the driver reports as the test's error, as it is written.
struct Failure : std::runtime_error { using std::runtime_error::runtime_error; };

/// The nodes the driver built for the current test's input (for the deep-copy checks).
inline std::unordered_set<const void *> &input_nodes() { static std::unordered_set<const void *> nodes; return nodes; }

/// Why the current test's answer is wrong although it could be encoded (empty: nothing to say).
inline std::string &wrong() { static std::string message; return message; }
/// The `"wrong"` member of the report line, once.
inline std::string take_wrong() {
    std::string &message = wrong();
    if (message.empty()) return "";
    std::string field = ",\"wrong\":\"";
    for (unsigned char c : message) {
        if (c == '"' || c == '\\') { field += '\\'; field += (char)c; }
        else if (c < 0x20) { char buf[8]; snprintf(buf, sizeof buf, "\\u%04x", c); field += buf; }
        else field += (char)c;
    }
    message.clear();
    return field + "\"";
}
inline void say_wrong(const std::string &message) { if (wrong().empty()) wrong() = message; }

#ifdef CC_NODE_NEXT
template <> struct Decode<Node *> {
    static Node *from(const Json &j) {
        if (j.items.empty() || j.items[0].kind == Json::Null) return nullptr;
        Node *root = new Node((int)j.items[0].number);
        std::queue<Node *> q; q.push(root);
        size_t i = 1;
        while (!q.empty() && i < j.items.size()) {
            Node *n = q.front(); q.pop();
            if (i < j.items.size() && j.items[i].kind != Json::Null) { n->left = new Node((int)j.items[i].number); q.push(n->left); }
            i++;
            if (i < j.items.size() && j.items[i].kind != Json::Null) { n->right = new Node((int)j.items[i].number); q.push(n->right); }
            i++;
        }
        return root;
    }
};
#endif
#ifdef CC_NODE_RANDOM
template <> struct Decode<Node *> {
    static Node *from(const Json &j) {
        input_nodes().clear();
        std::vector<Node *> nodes;
        for (auto &x : j.items) { nodes.push_back(new Node((int)x.items.at(0).number)); input_nodes().insert(nodes.back()); }
        for (size_t i = 0; i < nodes.size(); i++) {
            if (i + 1 < nodes.size()) nodes[i]->next = nodes[i + 1];
            const Json &r = j.items[i].items.at(1);
            if (r.kind != Json::Null) nodes[i]->random = nodes.at((size_t)r.number);
        }
        return nodes.empty() ? nullptr : nodes[0];
    }
};
#endif
#ifdef CC_NODE_GRAPH
template <> struct Decode<Node *> {
    static Node *from(const Json &j) {
        input_nodes().clear();
        std::vector<Node *> nodes;
        for (size_t i = 0; i < j.items.size(); i++) { nodes.push_back(new Node((int)i + 1)); input_nodes().insert(nodes.back()); }
        for (size_t i = 0; i < nodes.size(); i++)
            for (auto &x : j.items[i].items) nodes[i]->neighbors.push_back(nodes.at((size_t)x.number - 1));
        return nodes.empty() ? nullptr : nodes[0];
    }
};
#endif

template <class T> T decode(const Json &j) { return Decode<T>::from(j); }

// ---------------------------------------------------------------- builders (cycle, intersection)
/// The lists a builder made: the method's arguments and the nodes of the first list, in order.
struct Built {
    ListNode *head = nullptr, *other = nullptr;
    std::vector<ListNode *> nodes;
};

inline std::vector<ListNode *> build_nodes(const Json &values) {
    std::vector<ListNode *> nodes;
    for (auto &x : values.items) { nodes.push_back(new ListNode((int)x.number)); if (nodes.size() > 1) nodes[nodes.size() - 2]->next = nodes.back(); }
    return nodes;
}

/// [values, pos]: a list whose tail links to node `pos` (-1: none).
inline Built build_cycle(const std::vector<Json> &args) {
    Built built;
    built.nodes = build_nodes(args.at(0));
    long pos = (long)args.at(1).number;
    if (!built.nodes.empty()) {
        built.head = built.nodes[0];
        if (pos >= 0 && pos < (long)built.nodes.size()) built.nodes.back()->next = built.nodes[pos];
    }
    return built;
}

/// [intersectVal, listA, listB, skipA, skipB]: list B joins list A at A's node skipA after its own
/// first skipB nodes (two separate lists when intersectVal is 0).
inline Built build_intersection(const std::vector<Json> &args) {
    Built built;
    built.nodes = build_nodes(args.at(1));
    std::vector<ListNode *> b = build_nodes(args.at(2));
    long skipA = (long)args.at(3).number, skipB = (long)args.at(4).number;
    bool joined = (long)args.at(0).number != 0 && skipA >= 0 && skipA < (long)built.nodes.size() && skipB >= 0 && skipB <= (long)b.size();
    if (joined) {
        b.resize(skipB);
        if (b.empty()) b.push_back(built.nodes[skipA]); else b.back()->next = built.nodes[skipA];
    }
    built.head = built.nodes.empty() ? nullptr : built.nodes[0];
    built.other = b.empty() ? nullptr : b[0];
    return built;
}

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
inline std::string encode(unsigned int v) { return std::to_string(v); }

/// A node returned under a builder: its position in the first list, null, or -1 when it is not one of its nodes.
inline std::string encode_position(const Built &built, ListNode *node) {
    if (!node) return "null";
    for (size_t i = 0; i < built.nodes.size(); i++) if (built.nodes[i] == node) return std::to_string(i);
    return "-1";
}

#ifdef CC_NODE_NEXT
/// The levels read through `next`, "#" after each; the next level starts at the first child found.
inline std::string encode(Node *root) {
    std::string out = "[";
    size_t count = 0;
    for (Node *level = root; level;) {
        Node *below = nullptr;
        for (Node *n = level; n; n = n->next) {
            if (++count > 1000000) throw Failure("the next pointers go round in a cycle (more than 10^6 nodes read)");
            if (out.size() > 1) out += ",";
            out += std::to_string(n->val);
            if (!below) below = n->left ? n->left : n->right;
        }
        out += out.size() > 1 ? ",\"#\"" : "\"#\"";
        level = below;
    }
    return out + "]";
}
#endif
#ifdef CC_NODE_RANDOM
/// [[val, index of random or null], ...] in `next` order; nodes of the input make the answer wrong.
inline std::string encode(Node *head) {
    std::unordered_map<const Node *, size_t> index;
    std::vector<Node *> nodes;
    for (Node *n = head; n; n = n->next) {
        if (index.count(n)) throw Failure("the returned list has a cycle: its next pointers come back to node " + std::to_string(index[n]));
        index[n] = nodes.size();
        nodes.push_back(n);
    }
    std::string out = "[";
    for (size_t i = 0; i < nodes.size(); i++) {
        Node *n = nodes[i];
        if (i) out += ",";
        out += "[" + std::to_string(n->val) + ",";
        if (input_nodes().count(n)) say_wrong("the answer's node " + std::to_string(i) + " (val " + std::to_string(n->val) + ") is a node of the input: not a copy");
        if (!n->random) out += "null";
        else if (index.count(n->random)) out += std::to_string(index[n->random]);
        else {
            out += "null";
            if (input_nodes().count(n->random))
                say_wrong("the answer's node " + std::to_string(i) + " (val " + std::to_string(n->val) + ") has a random pointer to a node of the input: not a copy");
            else
                say_wrong("the answer's node " + std::to_string(i) + " (val " + std::to_string(n->val) + ") has a random pointer to a node outside the returned list");
        }
        out += "]";
    }
    return out + "]";
}
#endif
#ifdef CC_NODE_GRAPH
/// Every node reachable from `node`, by val: its neighbours' vals; nodes of the input make the answer wrong.
inline std::string encode(Node *node) {
    if (!node) return "[]";
    std::unordered_set<const Node *> seen{node};
    std::vector<Node *> nodes{node};
    for (size_t i = 0; i < nodes.size(); i++)
        for (Node *next : nodes[i]->neighbors)
            if (next && seen.insert(next).second) nodes.push_back(next);
    std::stable_sort(nodes.begin(), nodes.end(), [](const Node *a, const Node *b) { return a->val < b->val; });
    std::string out = "[";
    for (size_t i = 0; i < nodes.size(); i++) {
        if (input_nodes().count(nodes[i])) say_wrong("the answer's node with val " + std::to_string(nodes[i]->val) + " is a node of the input: not a copy");
        if (i) out += ",";
        out += "[";
        for (size_t k = 0; k < nodes[i]->neighbors.size(); k++) {
            if (k) out += ",";
            Node *next = nodes[i]->neighbors[k];
            out += next ? std::to_string(next->val) : "null";
        }
        out += "]";
    }
    return out + "]";
}
#endif

template <class T> std::string encode(const std::vector<T> &v) {
    std::string out = "["; for (size_t i = 0; i < v.size(); i++) { if (i) out += ","; out += encode(v[i]); } return out + "]";
}
inline std::string encode(const std::vector<bool> &v) {
    std::string out = "["; for (size_t i = 0; i < v.size(); i++) { if (i) out += ","; out += v[i] ? "true" : "false"; } return out + "]";
}

/// The first k elements of an array changed in place, k the returned length (SPEC: prefix).
template <class T> std::string encode_prefix(const std::vector<T> &v, long long k, const char *name) {
    if (k < 0 || k > (long long)v.size())
        throw Failure("returned k = " + std::to_string(k) + ", but " + name + " has " + std::to_string(v.size()) + " elements");
    return encode(std::vector<T>(v.begin(), v.begin() + k));
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
