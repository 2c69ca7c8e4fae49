// The judge's C++ driver support: JSON test data in, canonical JSON answers out, each test's
// result as one JSON line on file descriptor 3. main() is generated per question (see
// templates/main.cpp with language.json's driver parts) and calls the solution through these.
// What does not depend on the question's types is in driver.cpp, compiled once into driver.o
// in the image (with the judge's flags) and linked with every program.
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

/// Parses JSON text (the tests); throws std::runtime_error on bad data.
Json parse(const std::string &text);

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
    // Exactly as long as the input (capacity == size), so that AddressSanitizer sees a read past
    // the end as the heap overflow it is.
    static std::vector<T> from(const Json &j) {
        std::vector<T> v;
        v.reserve(j.items.size());
        for (auto &x : j.items) v.push_back(Decode<T>::from(x));
        return v;
    }
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
std::unordered_set<const void *> &input_nodes();

/// Why the current test's answer is wrong although it could be encoded (empty: nothing to say).
std::string &wrong();
/// The `"wrong"` member of the report line, once.
std::string take_wrong();
void say_wrong(const std::string &message);

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

std::vector<ListNode *> build_nodes(const Json &values);

/// [values, pos]: a list whose tail links to node `pos` (-1: none).
Built build_cycle(const std::vector<Json> &args);

/// [intersectVal, listA, listB, skipA, skipB]: list B joins list A at A's node skipA after its own
/// first skipB nodes (two separate lists when intersectVal is 0).
Built build_intersection(const std::vector<Json> &args);

// ---------------------------------------------------------------- C++ -> canonical JSON
std::string quote(const std::string &s);
std::string encode(int v);
std::string encode(long v);
std::string encode(long long v);
std::string encode(bool v);
std::string encode(double v);
std::string encode(const std::string &v);
std::string encode(char v);
std::string encode(ListNode *head);
std::string encode(TreeNode *root);
std::string encode(unsigned int v);

/// A node returned under a builder: its position in the first list, null, or -1 when it is not one of its nodes.
std::string encode_position(const Built &built, ListNode *node);

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
std::string encode(const std::vector<bool> &v);

/// The first k elements of an array changed in place, k the returned length (SPEC: prefix).
template <class T> std::string encode_prefix(const std::vector<T> &v, long long k, const char *name) {
    if (k < 0 || k > (long long)v.size())
        throw Failure("returned k = " + std::to_string(k) + ", but " + name + " has " + std::to_string(v.size()) + " elements");
    return encode(std::vector<T>(v.begin(), v.begin() + k));
}

// ---------------------------------------------------------------- reporting
FILE *report();

/// One report line on file descriptor 3.
void line(const std::string &json);

/// Captures what the solution prints with cout during one test.
struct Capture {
    std::ostringstream buffer;
    std::streambuf *previous;
    Capture();
    ~Capture();
    std::string text();
};

/// The tests' inputs of a tests.json.
std::vector<Json> load(const char *path);

}  // namespace cc
