// The question-independent part of the C++ driver (driver.hpp), compiled once in the image into
// driver.o with the judge's flags (setup.sh) and linked with every program.
#include "prelude.hpp"
#include "driver.hpp"

namespace cc {

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

Json parse(const std::string &text) { Parser p{text}; return p.value(); }

std::unordered_set<const void *> &input_nodes() { static std::unordered_set<const void *> nodes; return nodes; }

std::string &wrong() { static std::string message; return message; }

std::string take_wrong() {
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

void say_wrong(const std::string &message) { if (wrong().empty()) wrong() = message; }

std::vector<ListNode *> build_nodes(const Json &values) {
    std::vector<ListNode *> nodes;
    for (auto &x : values.items) { nodes.push_back(new ListNode((int)x.number)); if (nodes.size() > 1) nodes[nodes.size() - 2]->next = nodes.back(); }
    return nodes;
}

Built build_cycle(const std::vector<Json> &args) {
    Built built;
    built.nodes = build_nodes(args.at(0));
    long pos = (long)args.at(1).number;
    if (!built.nodes.empty()) {
        built.head = built.nodes[0];
        if (pos >= 0 && pos < (long)built.nodes.size()) built.nodes.back()->next = built.nodes[pos];
    }
    return built;
}

Built build_intersection(const std::vector<Json> &args) {
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

std::string quote(const std::string &s) {
    std::string out = "\"";
    for (unsigned char c : s) {
        if (c == '"') out += "\\\""; else if (c == '\\') out += "\\\\"; else if (c == '\n') out += "\\n";
        else if (c == '\r') out += "\\r"; else if (c == '\t') out += "\\t"; else if (c == '\b') out += "\\b"; else if (c == '\f') out += "\\f";
        else if (c < 0x20) { char buf[8]; snprintf(buf, sizeof buf, "\\u%04x", c); out += buf; }
        else out += (char)c;
    }
    return out + "\"";
}

std::string encode(int v) { return std::to_string(v); }
std::string encode(long v) { return std::to_string(v); }
std::string encode(long long v) { return std::to_string(v); }
std::string encode(bool v) { return v ? "true" : "false"; }
std::string encode(double v) { char buf[64]; snprintf(buf, sizeof buf, "%.17g", v); std::string s = buf; if (s.find_first_of(".eEn") == std::string::npos) s += ".0"; return s; }
std::string encode(const std::string &v) { return quote(v); }
std::string encode(char v) { return quote(std::string(1, v)); }
std::string encode(ListNode *head) {
    std::string out = "["; size_t n = 0;
    for (; head; head = head->next) { if (n++) out += ","; out += std::to_string(head->val); if (n > 1000000) throw std::runtime_error("the returned list has a cycle"); }
    return out + "]";
}
std::string encode(TreeNode *root) {
    std::vector<std::string> out; std::queue<TreeNode *> q; q.push(root);
    while (!q.empty()) { TreeNode *n = q.front(); q.pop(); if (!n) { out.push_back("null"); continue; } out.push_back(std::to_string(n->val)); q.push(n->left); q.push(n->right); }
    while (!out.empty() && out.back() == "null") out.pop_back();
    std::string s = "["; for (size_t i = 0; i < out.size(); i++) { if (i) s += ","; s += out[i]; } return s + "]";
}
std::string encode(unsigned int v) { return std::to_string(v); }

std::string encode_position(const Built &built, ListNode *node) {
    if (!node) return "null";
    for (size_t i = 0; i < built.nodes.size(); i++) if (built.nodes[i] == node) return std::to_string(i);
    return "-1";
}

std::string encode(const std::vector<bool> &v) {
    std::string out = "["; for (size_t i = 0; i < v.size(); i++) { if (i) out += ","; out += v[i] ? "true" : "false"; } return out + "]";
}

FILE *report() { static FILE *f = fdopen(3, "w"); return f; }

void line(const std::string &json) { fputs(json.c_str(), report()); fputc('\n', report()); fflush(report()); }

Capture::Capture() : previous(std::cout.rdbuf(buffer.rdbuf())) {}
Capture::~Capture() { std::cout.rdbuf(previous); }
std::string Capture::text() { std::string s = buffer.str(); return s.size() > 65536 ? s.substr(0, 65536) : s; }

// The inputs of tests.json; then "ready" (an empty line on descriptor 3): the tests begin, and the
// runner's clock for them starts.
std::vector<Json> load(const char *path) {
    std::ifstream in(path);
    std::stringstream all; all << in.rdbuf();
    Json spec = parse(all.str());
    const Json *inputs = spec.member("inputs");
    line("");
    return inputs ? inputs->items : std::vector<Json>{};
}

}  // namespace cc
