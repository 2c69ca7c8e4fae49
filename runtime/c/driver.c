// The judge's C driver support shared by every question, compiled once in the image (driver.o)
// with the judge's flags and linked with every function question's program.
#include "prelude.h"
#include "driver.h"

static const char *cc_p;

static void cc_space(void) { while (*cc_p && isspace((unsigned char)*cc_p)) cc_p++; }

static cc_json cc_value(void) {
    cc_json j = {0};
    cc_space();
    if (*cc_p == '[' || *cc_p == '{') {
        char close = *cc_p == '[' ? ']' : '}';
        int object = *cc_p == '{';
        j.kind = CC_ARR;
        cc_p++;
        int capacity = 0;
        cc_space();
        if (*cc_p == close) { cc_p++; return j; }
        for (;;) {
            if (object) { cc_value(); cc_space(); cc_p++; }  /* key and ':' (objects: values only) */
            if (j.count == capacity) { capacity = capacity ? capacity * 2 : 4; j.items = realloc(j.items, capacity * sizeof(cc_json)); }
            j.items[j.count++] = cc_value();
            cc_space();
            if (*cc_p++ == close) return j;
        }
    }
    if (*cc_p == '"') {
        j.kind = CC_STR;
        cc_p++;
        size_t n = 0, capacity = 16;
        j.text = malloc(capacity);
        while (*cc_p != '"') {
            char c = *cc_p++;
            if (c == '\\') {
                char e = *cc_p++;
                if (e == 'n') c = '\n'; else if (e == 't') c = '\t'; else if (e == 'r') c = '\r'; else if (e == 'b') c = '\b';
                else if (e == 'f') c = '\f';
                else if (e == 'u') { char hex[5] = {0}; memcpy(hex, cc_p, 4); cc_p += 4; c = (char)strtol(hex, NULL, 16); }
                else c = e;
            }
            if (n + 2 > capacity) { capacity *= 2; j.text = realloc(j.text, capacity); }
            j.text[n++] = c;
        }
        cc_p++;
        j.text[n] = 0;
        j.count = (int)n;
        return j;
    }
    if (!strncmp(cc_p, "true", 4)) { cc_p += 4; j.kind = CC_BOOL; j.boolean = 1; return j; }
    if (!strncmp(cc_p, "false", 5)) { cc_p += 5; j.kind = CC_BOOL; return j; }
    if (!strncmp(cc_p, "null", 4)) { cc_p += 4; return j; }
    char *end;
    j.kind = CC_NUM;
    j.number = strtod(cc_p, &end);
    j.integer = strtoll(cc_p, NULL, 10);
    cc_p = end;
    return j;
}

/* The "inputs" of tests.json: the last member of the top-level object. Then "ready" (an empty
   line on descriptor 3): the tests begin, and the runner's clock for them starts. */
cc_json cc_load(const char *path) {
    FILE *f = fopen(path, "rb");
    fseek(f, 0, SEEK_END);
    long size = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *text = malloc(size + 1);
    fread(text, 1, size, f);
    text[size] = 0;
    fclose(f);
    char *inputs = strstr(text, "\"inputs\"");
    cc_p = strchr(inputs, ':') + 1;
    cc_json tests = cc_value();
    write(3, "\n", 1);
    return tests;
}

/* ---------------------------------------------------------------- JSON -> C */
int cc_int(cc_json j) { return (int)j.integer; }
long long cc_long(cc_json j) { return j.integer; }
double cc_double(cc_json j) { return j.number; }
bool cc_bool(cc_json j) { return j.boolean; }
char *cc_string(cc_json j) { return j.text; }
char cc_char(cc_json j) { return j.text ? j.text[0] : 0; }
#define CC_ARRAY(name, type, one) \
    type *name(cc_json j, int *size) { \
        type *a = malloc(sizeof(type) * (j.count ? j.count : 1)); \
        for (int i = 0; i < j.count; i++) a[i] = one(j.items[i]); \
        *size = j.count; return a; }
CC_ARRAY(cc_ints, int, cc_int)
CC_ARRAY(cc_longs, long long, cc_long)
CC_ARRAY(cc_doubles, double, cc_double)
CC_ARRAY(cc_bools, bool, cc_bool)
CC_ARRAY(cc_chars, char, cc_char)
CC_ARRAY(cc_strings, char *, cc_string)
#define CC_GRID(name, type, row) \
    type **name(cc_json j, int *size, int **columns) { \
        type **a = malloc(sizeof(type *) * (j.count ? j.count : 1)); \
        *columns = malloc(sizeof(int) * (j.count ? j.count : 1)); \
        for (int i = 0; i < j.count; i++) a[i] = row(j.items[i], &(*columns)[i]); \
        *size = j.count; return a; }
CC_GRID(cc_int_grid, int, cc_ints)
CC_GRID(cc_char_grid, char, cc_chars)
CC_GRID(cc_string_grid, char *, cc_strings)

struct ListNode *cc_list(cc_json j) {
    struct ListNode head = {0}, *tail = &head;
    for (int i = 0; i < j.count; i++) {
        tail->next = calloc(1, sizeof(struct ListNode));
        tail = tail->next;
        tail->val = cc_int(j.items[i]);
    }
    return head.next;
}

struct TreeNode *cc_tree(cc_json j) {
    if (j.count == 0 || j.items[0].kind == CC_NULL) return NULL;
    struct TreeNode **queue = malloc(sizeof(struct TreeNode *) * j.count);
    int head = 0, tail = 0, i = 1;
    struct TreeNode *root = calloc(1, sizeof(struct TreeNode));
    root->val = cc_int(j.items[0]);
    queue[tail++] = root;
    while (head < tail && i < j.count) {
        struct TreeNode *n = queue[head++];
        if (i < j.count && j.items[i].kind != CC_NULL) { n->left = calloc(1, sizeof(struct TreeNode)); n->left->val = cc_int(j.items[i]); queue[tail++] = n->left; }
        i++;
        if (i < j.count && j.items[i].kind != CC_NULL) { n->right = calloc(1, sizeof(struct TreeNode)); n->right->val = cc_int(j.items[i]); queue[tail++] = n->right; }
        i++;
    }
    free(queue);
    return root;
}

/* Arrays of lists and trees (ListNode[] parameters, TreeNode[] answers). */
CC_ARRAY(cc_lists, cc_list_node, cc_list)
CC_ARRAY(cc_trees, cc_tree_node, cc_tree)

uint32_t cc_uint32(cc_json j) { return (uint32_t)j.integer; }

/* ---------------------------------------------------------------- builders (cycle, intersection) */
/* The lists a builder made: the method's arguments and the nodes of the first list, in order. */

struct ListNode **cc_build_nodes(cc_json values) {
    struct ListNode **nodes = malloc(sizeof(struct ListNode *) * (values.count ? values.count : 1));
    for (int i = 0; i < values.count; i++) {
        nodes[i] = calloc(1, sizeof(struct ListNode));
        nodes[i]->val = cc_int(values.items[i]);
        if (i) nodes[i - 1]->next = nodes[i];
    }
    return nodes;
}

/* [values, pos]: a list whose tail links to node `pos` (-1: none). */
cc_built cc_build_cycle(cc_json args) {
    cc_built built = {0};
    built.nodes = cc_build_nodes(args.items[0]);
    built.count = args.items[0].count;
    long long pos = args.items[1].integer;
    if (built.count) {
        built.head = built.nodes[0];
        if (pos >= 0 && pos < built.count) built.nodes[built.count - 1]->next = built.nodes[pos];
    }
    return built;
}

/* [intersectVal, listA, listB, skipA, skipB]: list B joins list A at A's node skipA after its own
   first skipB nodes (two separate lists when intersectVal is 0). */
cc_built cc_build_intersection(cc_json args) {
    cc_built built = {0};
    built.nodes = cc_build_nodes(args.items[1]);
    built.count = args.items[1].count;
    struct ListNode **b = cc_build_nodes(args.items[2]);
    int countB = args.items[2].count;
    long long skipA = args.items[3].integer, skipB = args.items[4].integer;
    if (args.items[0].integer != 0 && skipA >= 0 && skipA < built.count && skipB >= 0 && skipB <= countB) {
        if (skipB == 0) { b[0] = built.nodes[skipA]; countB = 1; }
        else { b[skipB - 1]->next = built.nodes[skipA]; countB = (int)skipB; }
    }
    built.head = built.count ? built.nodes[0] : NULL;
    built.other = countB ? b[0] : NULL;
    return built;
}

/* ---------------------------------------------------------------- LeetCode's Nodes */
/* The nodes the driver built for the current test's input (for the deep-copy checks). */
void **cc_input_nodes;
int cc_input_count;
void cc_input_add(void *node) {
    if ((cc_input_count & (cc_input_count - 1)) == 0) cc_input_nodes = realloc(cc_input_nodes, sizeof(void *) * (cc_input_count ? cc_input_count * 2 : 1));
    cc_input_nodes[cc_input_count++] = node;
}
static int cc_pointer_order(const void *a, const void *b) {
    uintptr_t x = (uintptr_t) * (void *const *)a, y = (uintptr_t) * (void *const *)b;
    return x < y ? -1 : x > y;
}
bool cc_is_input(const void *node) {  /* cc_input_nodes sorted */
    int low = 0, high = cc_input_count - 1;
    while (low <= high) {
        int mid = (low + high) / 2;
        uintptr_t here = (uintptr_t)cc_input_nodes[mid];
        if (here == (uintptr_t)node) return true;
        if (here < (uintptr_t)node) low = mid + 1; else high = mid - 1;
    }
    return false;
}
void cc_input_done(void) { qsort(cc_input_nodes, cc_input_count, sizeof(void *), cc_pointer_order); }


/* ---------------------------------------------------------------- C -> canonical JSON */

void cc_put(cc_buf *b, const char *s, size_t n) {
    if (b->n + n + 1 > b->capacity) {
        b->capacity = (b->n + n + 1) * 2;
        b->s = realloc(b->s, b->capacity);
    }
    memcpy(b->s + b->n, s, n);
    b->n += n;
    b->s[b->n] = 0;
}
void cc_puts(cc_buf *b, const char *s) { cc_put(b, s, strlen(s)); }
void cc_quote(cc_buf *b, const char *s, size_t n) {
    cc_puts(b, "\"");
    for (size_t i = 0; i < n; i++) {
        unsigned char c = s[i];
        char esc[8];
        if (c == '"') cc_puts(b, "\\\""); else if (c == '\\') cc_puts(b, "\\\\"); else if (c == '\n') cc_puts(b, "\\n");
        else if (c == '\r') cc_puts(b, "\\r"); else if (c == '\t') cc_puts(b, "\\t"); else if (c == '\b') cc_puts(b, "\\b");
        else if (c == '\f') cc_puts(b, "\\f");
        else if (c < 0x20) { snprintf(esc, sizeof esc, "\\u%04x", c); cc_puts(b, esc); }
        else cc_put(b, (const char *)&c, 1);
    }
    cc_puts(b, "\"");
}
void cc_enc_int(cc_buf *b, long long v) { char t[32]; snprintf(t, sizeof t, "%lld", v); cc_puts(b, t); }
void cc_enc_double(cc_buf *b, double v) { char t[64]; snprintf(t, sizeof t, "%.17g", v); if (!strpbrk(t, ".eEn")) strcat(t, ".0"); cc_puts(b, t); }
void cc_enc_bool(cc_buf *b, bool v) { cc_puts(b, v ? "true" : "false"); }
void cc_enc_string(cc_buf *b, const char *v) { if (v) cc_quote(b, v, strlen(v)); else cc_puts(b, "null"); }
void cc_enc_char(cc_buf *b, char v) { cc_quote(b, &v, 1); }
#define CC_ENC_ARRAY(name, type, one) \
    void name(cc_buf *b, const type *a, int n) { \
        cc_puts(b, "["); for (int i = 0; i < n; i++) { if (i) cc_puts(b, ","); one(b, a[i]); } cc_puts(b, "]"); }
CC_ENC_ARRAY(cc_enc_ints, int, cc_enc_int)
CC_ENC_ARRAY(cc_enc_longs, long long, cc_enc_int)
CC_ENC_ARRAY(cc_enc_doubles, double, cc_enc_double)
CC_ENC_ARRAY(cc_enc_bools, bool, cc_enc_bool)
CC_ENC_ARRAY(cc_enc_chars, char, cc_enc_char)
// char ** (what a solution returns) converts to char *const * in C, not to const char *const *
// (an error since GCC 14).
void cc_enc_strings(cc_buf *b, char *const *a, int n) {
    cc_puts(b, "["); for (int i = 0; i < n; i++) { if (i) cc_puts(b, ","); cc_enc_string(b, a[i]); } cc_puts(b, "]"); }
#define CC_ENC_GRID(name, type, row) \
    void name(cc_buf *b, type **a, int n, const int *columns) { \
        cc_puts(b, "["); for (int i = 0; i < n; i++) { if (i) cc_puts(b, ","); row(b, (void *)a[i], columns ? columns[i] : 0); } cc_puts(b, "]"); }
CC_ENC_GRID(cc_enc_int_grid, int, cc_enc_ints)
CC_ENC_GRID(cc_enc_char_grid, char, cc_enc_chars)
CC_ENC_GRID(cc_enc_string_grid, char *, cc_enc_strings)

void cc_enc_list(cc_buf *b, struct ListNode *head) {
    cc_puts(b, "[");
    for (long n = 0; head; head = head->next, n++) {
        if (n) cc_puts(b, ",");
        if (n > 1000000) { fprintf(stderr, "the returned list has a cycle\n"); exit(1); }
        cc_enc_int(b, head->val);
    }
    cc_puts(b, "]");
}

void cc_enc_tree(cc_buf *b, struct TreeNode *root) {
    int capacity = 1024, head = 0, tail = 0, last = 0;
    struct TreeNode **queue = malloc(sizeof(struct TreeNode *) * capacity);
    queue[tail++] = root;
    while (head < tail) {
        struct TreeNode *n = queue[head++];
        if (n) {
            last = head;
            if (tail + 2 > capacity) { capacity *= 2; queue = realloc(queue, sizeof(struct TreeNode *) * capacity); }
            queue[tail++] = n->left;
            queue[tail++] = n->right;
        }
    }
    cc_puts(b, "[");
    for (int i = 0; i < last; i++) {
        if (i) cc_puts(b, ",");
        if (queue[i]) cc_enc_int(b, queue[i]->val); else cc_puts(b, "null");
    }
    cc_puts(b, "]");
    free(queue);
}
CC_ENC_ARRAY(cc_enc_lists, cc_list_node, cc_enc_list)
CC_ENC_ARRAY(cc_enc_trees, cc_tree_node, cc_enc_tree)

/* Why the current test's answer is wrong although it could be encoded (NULL: nothing to say). */
static char *cc_wrong;
void cc_say_wrong(const char *format, ...) {
    if (cc_wrong) return;
    char message[512];
    va_list list;
    va_start(list, format);
    vsnprintf(message, sizeof message, format, list);
    va_end(list);
    cc_wrong = strdup(message);
}

/* A failure of the solution found by the driver: the test's error, and the end of the run. */
void cc_error(int i, const char *message, cc_buf *text) {
    cc_buf line = {0};
    char head[64];
    snprintf(head, sizeof head, "{\"i\":%d,\"error\":", i);
    cc_puts(&line, head);
    cc_quote(&line, message, strlen(message));
    cc_puts(&line, ",\"stdout\":");
    cc_quote(&line, text->s ? text->s : "", text->n);
    cc_puts(&line, "}\n");
    write(3, line.s, line.n);
    exit(0);
}

/* The first k elements of an array changed in place, k the returned length (SPEC: prefix). */
void cc_enc_prefix(cc_buf *b, const int *a, int n, int k, const char *name, int i, cc_buf *text) {
    if (k < 0 || k > n) {
        char message[256];
        snprintf(message, sizeof message, "returned k = %d, but %s has %d elements", k, name, n);
        cc_error(i, message, text);
    }
    cc_enc_ints(b, a, k);
}

/* A node returned under a builder: its position in the first list, null, or -1 when it is not one of its nodes. */
void cc_enc_position(cc_buf *b, const cc_built *built, const struct ListNode *node) {
    if (!node) { cc_puts(b, "null"); return; }
    for (int i = 0; i < built->count; i++) if (built->nodes[i] == node) { cc_enc_int(b, i); return; }
    cc_puts(b, "-1");
}


/* ---------------------------------------------------------------- running and reporting */
static int cc_saved_stdout = -1, cc_capture = -1;

/* What the solution prints with printf during one test goes to a file of the box. */
void cc_capture_start(void) {
    fflush(stdout);
    if (cc_capture < 0) { cc_capture = open(".stdout", O_RDWR | O_CREAT | O_TRUNC, 0600); cc_saved_stdout = dup(1); }
    ftruncate(cc_capture, 0);
    lseek(cc_capture, 0, SEEK_SET);
    dup2(cc_capture, 1);
}

void cc_capture_end(cc_buf *text) {
    fflush(stdout);
    dup2(cc_saved_stdout, 1);
    off_t size = lseek(cc_capture, 0, SEEK_END);
    if (size > 8 << 20) { dprintf(3, "{\"i\":0,\"output_limit\":true}\n"); exit(0); }
    if (size > 65536) size = 65536;
    char *data = malloc(size + 1);
    size_t got = pread(cc_capture, data, size, 0);
    cc_put(text, data, got);
    free(data);
}

double cc_now_ms(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

void cc_report(int i, double ms, cc_buf *out, cc_buf *text) {
    cc_buf line = {0};
    char head[64];
    snprintf(head, sizeof head, "{\"i\":%d,\"ms\":%.3f,\"out\":", i, ms);
    cc_puts(&line, head);
    cc_quote(&line, out->s ? out->s : "", out->n);
    if (cc_wrong) {
        cc_puts(&line, ",\"wrong\":");
        cc_quote(&line, cc_wrong, strlen(cc_wrong));
        free(cc_wrong);
        cc_wrong = NULL;
    }
    cc_puts(&line, ",\"stdout\":");
    cc_quote(&line, text->s ? text->s : "", text->n);
    cc_puts(&line, "}\n");
    write(3, line.s, line.n);
    free(line.s);
}
