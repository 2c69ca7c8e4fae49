// The judge's C driver support: JSON test data in, canonical JSON answers out, each test's result
// as one JSON line on file descriptor 3. main() is generated per question (templates/main.c, language.json).
#pragma once
#include <fcntl.h>
#include <time.h>
#include <unistd.h>

typedef struct cc_json {
    enum { CC_NULL, CC_BOOL, CC_NUM, CC_STR, CC_ARR } kind;
    int boolean;
    double number;
    long long integer;
    char *text;
    struct cc_json *items;
    int count;
} cc_json;

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

/* The "inputs" of tests.json: the last member of the top-level object. */
static cc_json cc_load(const char *path) {
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
    return cc_value();
}

/* ---------------------------------------------------------------- JSON -> C */
static int cc_int(cc_json j) { return (int)j.integer; }
static long long cc_long(cc_json j) { return j.integer; }
static double cc_double(cc_json j) { return j.number; }
static bool cc_bool(cc_json j) { return j.boolean; }
static char *cc_string(cc_json j) { return j.text; }
static char cc_char(cc_json j) { return j.text ? j.text[0] : 0; }
#define CC_ARRAY(name, type, one) \
    static type *name(cc_json j, int *size) { \
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
    static type **name(cc_json j, int *size, int **columns) { \
        type **a = malloc(sizeof(type *) * (j.count ? j.count : 1)); \
        *columns = malloc(sizeof(int) * (j.count ? j.count : 1)); \
        for (int i = 0; i < j.count; i++) a[i] = row(j.items[i], &(*columns)[i]); \
        *size = j.count; return a; }
CC_GRID(cc_int_grid, int, cc_ints)
CC_GRID(cc_char_grid, char, cc_chars)
CC_GRID(cc_string_grid, char *, cc_strings)

static struct ListNode *cc_list(cc_json j) {
    struct ListNode head = {0}, *tail = &head;
    for (int i = 0; i < j.count; i++) {
        tail->next = calloc(1, sizeof(struct ListNode));
        tail = tail->next;
        tail->val = cc_int(j.items[i]);
    }
    return head.next;
}

static struct TreeNode *cc_tree(cc_json j) {
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

/* ---------------------------------------------------------------- C -> canonical JSON */
typedef struct { char *s; size_t n, capacity; } cc_buf;

static void cc_put(cc_buf *b, const char *s, size_t n) {
    if (b->n + n + 1 > b->capacity) {
        b->capacity = (b->n + n + 1) * 2;
        b->s = realloc(b->s, b->capacity);
    }
    memcpy(b->s + b->n, s, n);
    b->n += n;
    b->s[b->n] = 0;
}
static void cc_puts(cc_buf *b, const char *s) { cc_put(b, s, strlen(s)); }
static void cc_quote(cc_buf *b, const char *s, size_t n) {
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
static void cc_enc_int(cc_buf *b, long long v) { char t[32]; snprintf(t, sizeof t, "%lld", v); cc_puts(b, t); }
static void cc_enc_double(cc_buf *b, double v) { char t[64]; snprintf(t, sizeof t, "%.17g", v); if (!strpbrk(t, ".eEn")) strcat(t, ".0"); cc_puts(b, t); }
static void cc_enc_bool(cc_buf *b, bool v) { cc_puts(b, v ? "true" : "false"); }
static void cc_enc_string(cc_buf *b, const char *v) { if (v) cc_quote(b, v, strlen(v)); else cc_puts(b, "null"); }
static void cc_enc_char(cc_buf *b, char v) { cc_quote(b, &v, 1); }
#define CC_ENC_ARRAY(name, type, one) \
    static void name(cc_buf *b, const type *a, int n) { \
        cc_puts(b, "["); for (int i = 0; i < n; i++) { if (i) cc_puts(b, ","); one(b, a[i]); } cc_puts(b, "]"); }
CC_ENC_ARRAY(cc_enc_ints, int, cc_enc_int)
CC_ENC_ARRAY(cc_enc_longs, long long, cc_enc_int)
CC_ENC_ARRAY(cc_enc_doubles, double, cc_enc_double)
CC_ENC_ARRAY(cc_enc_bools, bool, cc_enc_bool)
CC_ENC_ARRAY(cc_enc_chars, char, cc_enc_char)
CC_ENC_ARRAY(cc_enc_strings, char *const, cc_enc_string)
#define CC_ENC_GRID(name, type, row) \
    static void name(cc_buf *b, type **a, int n, const int *columns) { \
        cc_puts(b, "["); for (int i = 0; i < n; i++) { if (i) cc_puts(b, ","); row(b, a[i], columns ? columns[i] : 0); } cc_puts(b, "]"); }
CC_ENC_GRID(cc_enc_int_grid, int, cc_enc_ints)
CC_ENC_GRID(cc_enc_char_grid, char, cc_enc_chars)
CC_ENC_GRID(cc_enc_string_grid, char *, cc_enc_strings)

static void cc_enc_list(cc_buf *b, struct ListNode *head) {
    cc_puts(b, "[");
    for (long n = 0; head; head = head->next, n++) {
        if (n) cc_puts(b, ",");
        if (n > 1000000) { fprintf(stderr, "the returned list has a cycle\n"); exit(1); }
        cc_enc_int(b, head->val);
    }
    cc_puts(b, "]");
}

static void cc_enc_tree(cc_buf *b, struct TreeNode *root) {
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

/* ---------------------------------------------------------------- running and reporting */
static int cc_saved_stdout = -1, cc_capture = -1;

/* What the solution prints with printf during one test goes to a file of the box. */
static void cc_capture_start(void) {
    fflush(stdout);
    if (cc_capture < 0) { cc_capture = open(".stdout", O_RDWR | O_CREAT | O_TRUNC, 0600); cc_saved_stdout = dup(1); }
    ftruncate(cc_capture, 0);
    lseek(cc_capture, 0, SEEK_SET);
    dup2(cc_capture, 1);
}

static void cc_capture_end(cc_buf *text) {
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

static double cc_now_ms(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

static void cc_report(int i, double ms, cc_buf *out, cc_buf *text) {
    cc_buf line = {0};
    char head[64];
    snprintf(head, sizeof head, "{\"i\":%d,\"ms\":%.3f,\"out\":", i, ms);
    cc_puts(&line, head);
    cc_quote(&line, out->s ? out->s : "", out->n);
    cc_puts(&line, ",\"stdout\":");
    cc_quote(&line, text->s ? text->s : "", text->n);
    cc_puts(&line, "}\n");
    write(3, line.s, line.n);
    free(line.s);
}
