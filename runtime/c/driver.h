// The judge's C driver support: JSON test data in, canonical JSON answers out, each test's result
// as one JSON line on file descriptor 3. main() is generated per question (templates/main.c,
// language.json); what every question shares is driver.c, compiled once in the image (driver.o).
#pragma once
#include <fcntl.h>
#include <stdarg.h>
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

typedef struct ListNode *cc_list_node;
typedef struct TreeNode *cc_tree_node;
typedef struct { struct ListNode *head, *other; struct ListNode **nodes; int count; } cc_built;
typedef struct { char *s; size_t n, capacity; } cc_buf;

cc_json cc_load(const char *path);
int cc_int(cc_json j);
long long cc_long(cc_json j);
double cc_double(cc_json j);
bool cc_bool(cc_json j);
char *cc_string(cc_json j);
char cc_char(cc_json j);
int *cc_ints(cc_json j, int *size);
long long *cc_longs(cc_json j, int *size);
double *cc_doubles(cc_json j, int *size);
bool *cc_bools(cc_json j, int *size);
char *cc_chars(cc_json j, int *size);
char **cc_strings(cc_json j, int *size);
int **cc_int_grid(cc_json j, int *size, int **columns);
char **cc_char_grid(cc_json j, int *size, int **columns);
char ***cc_string_grid(cc_json j, int *size, int **columns);
struct ListNode *cc_list(cc_json j);
struct TreeNode *cc_tree(cc_json j);
cc_list_node *cc_lists(cc_json j, int *size);
cc_tree_node *cc_trees(cc_json j, int *size);
uint32_t cc_uint32(cc_json j);
struct ListNode **cc_build_nodes(cc_json values);
cc_built cc_build_cycle(cc_json args);
cc_built cc_build_intersection(cc_json args);
extern void **cc_input_nodes;
extern int cc_input_count;
void cc_input_add(void *node);
bool cc_is_input(const void *node);
void cc_input_done(void);
void cc_put(cc_buf *b, const char *s, size_t n);
void cc_puts(cc_buf *b, const char *s);
void cc_quote(cc_buf *b, const char *s, size_t n);
void cc_enc_int(cc_buf *b, long long v);
void cc_enc_double(cc_buf *b, double v);
void cc_enc_bool(cc_buf *b, bool v);
void cc_enc_string(cc_buf *b, const char *v);
void cc_enc_char(cc_buf *b, char v);
void cc_enc_ints(cc_buf *b, const int *a, int n);
void cc_enc_longs(cc_buf *b, const long long *a, int n);
void cc_enc_doubles(cc_buf *b, const double *a, int n);
void cc_enc_bools(cc_buf *b, const bool *a, int n);
void cc_enc_chars(cc_buf *b, const char *a, int n);
void cc_enc_strings(cc_buf *b, char *const *a, int n);
void cc_enc_int_grid(cc_buf *b, int **a, int n, const int *columns);
void cc_enc_char_grid(cc_buf *b, char **a, int n, const int *columns);
void cc_enc_string_grid(cc_buf *b, char ***a, int n, const int *columns);
void cc_enc_list(cc_buf *b, struct ListNode *head);
void cc_enc_tree(cc_buf *b, struct TreeNode *root);
void cc_enc_lists(cc_buf *b, const cc_list_node *a, int n);
void cc_enc_trees(cc_buf *b, const cc_tree_node *a, int n);
void cc_say_wrong(const char *format, ...) __attribute__((format(printf, 1, 2)));
void cc_error(int i, const char *message, cc_buf *text);
void cc_enc_prefix(cc_buf *b, const int *a, int n, int k, const char *name, int i, cc_buf *text);
void cc_enc_position(cc_buf *b, const cc_built *built, const struct ListNode *node);
void cc_capture_start(void);
void cc_capture_end(cc_buf *text);
double cc_now_ms(void);
void cc_report(int i, double ms, cc_buf *out, cc_buf *text);

/* ---------------------------------------------------------------- LeetCode's Nodes (the question's struct Node) */
#ifdef CC_NODE_NEXT
static struct Node *cc_next_tree(cc_json j) {
    if (j.count == 0 || j.items[0].kind == CC_NULL) return NULL;
    struct Node **queue = malloc(sizeof(struct Node *) * j.count);
    int head = 0, tail = 0, i = 1;
    struct Node *root = calloc(1, sizeof(struct Node));
    root->val = cc_int(j.items[0]);
    queue[tail++] = root;
    while (head < tail && i < j.count) {
        struct Node *n = queue[head++];
        if (i < j.count && j.items[i].kind != CC_NULL) { n->left = calloc(1, sizeof(struct Node)); n->left->val = cc_int(j.items[i]); queue[tail++] = n->left; }
        i++;
        if (i < j.count && j.items[i].kind != CC_NULL) { n->right = calloc(1, sizeof(struct Node)); n->right->val = cc_int(j.items[i]); queue[tail++] = n->right; }
        i++;
    }
    free(queue);
    return root;
}
#endif
#ifdef CC_NODE_RANDOM
static struct Node *cc_random_list(cc_json j) {
    cc_input_count = 0;
    struct Node **nodes = malloc(sizeof(struct Node *) * (j.count ? j.count : 1));
    for (int i = 0; i < j.count; i++) { nodes[i] = calloc(1, sizeof(struct Node)); nodes[i]->val = cc_int(j.items[i].items[0]); cc_input_add(nodes[i]); }
    for (int i = 0; i < j.count; i++) {
        if (i + 1 < j.count) nodes[i]->next = nodes[i + 1];
        cc_json r = j.items[i].items[1];
        if (r.kind != CC_NULL && r.integer >= 0 && r.integer < j.count) nodes[i]->random = nodes[r.integer];
    }
    cc_input_done();
    struct Node *head = j.count ? nodes[0] : NULL;
    free(nodes);
    return head;
}
#endif
#ifdef CC_NODE_GRAPH
static struct Node *cc_graph(cc_json j) {
    cc_input_count = 0;
    struct Node **nodes = malloc(sizeof(struct Node *) * (j.count ? j.count : 1));
    for (int i = 0; i < j.count; i++) { nodes[i] = calloc(1, sizeof(struct Node)); nodes[i]->val = i + 1; cc_input_add(nodes[i]); }
    for (int i = 0; i < j.count; i++) {
        cc_json list = j.items[i];
        nodes[i]->numNeighbors = list.count;
        nodes[i]->neighbors = malloc(sizeof(struct Node *) * (list.count ? list.count : 1));
        for (int k = 0; k < list.count; k++) {
            long long v = list.items[k].integer;
            nodes[i]->neighbors[k] = v >= 1 && v <= j.count ? nodes[v - 1] : NULL;
        }
    }
    cc_input_done();
    struct Node *first = j.count ? nodes[0] : NULL;
    free(nodes);
    return first;
}
#endif
#ifdef CC_NODE_NEXT
/* The levels read through `next`, "#" after each; the next level starts at the first child found. */
static void cc_enc_next_tree(cc_buf *b, struct Node *root, int i, cc_buf *text) {
    long count = 0;
    int first = 1;
    cc_puts(b, "[");
    for (struct Node *level = root; level;) {
        struct Node *below = NULL;
        for (struct Node *n = level; n; n = n->next) {
            if (++count > 1000000) cc_error(i, "the next pointers go round in a cycle (more than 10^6 nodes read)", text);
            if (!first) cc_puts(b, ",");
            first = 0;
            cc_enc_int(b, n->val);
            if (!below) below = n->left ? n->left : n->right;
        }
        cc_puts(b, first ? "\"#\"" : ",\"#\"");
        first = 0;
        level = below;
    }
    cc_puts(b, "]");
}
#endif
#ifdef CC_NODE_RANDOM
static int cc_node_order(const void *a, const void *b) {
    uintptr_t x = (uintptr_t) * (struct Node *const *)a, y = (uintptr_t) * (struct Node *const *)b;
    return x < y ? -1 : x > y;
}
/* [[val, index of random or null], ...] in `next` order; nodes of the input make the answer wrong. */
static void cc_enc_random_list(cc_buf *b, struct Node *head, int i, cc_buf *text) {
    int count = 0, capacity = 16;
    struct Node **nodes = malloc(sizeof(struct Node *) * capacity);
    for (struct Node *n = head; n; n = n->next) {
        if (count > 1000000) cc_error(i, "the returned list has a cycle: its next pointers come back to one of its nodes", text);
        if (count == capacity) nodes = realloc(nodes, sizeof(struct Node *) * (capacity *= 2));
        nodes[count++] = n;
    }
    /* index of each node, by address */
    struct Node **sorted = malloc(sizeof(struct Node *) * (count ? count : 1));
    memcpy(sorted, nodes, sizeof(struct Node *) * count);
    qsort(sorted, count, sizeof(struct Node *), cc_node_order);
    for (int k = 1; k < count; k++)
        if (sorted[k] == sorted[k - 1]) cc_error(i, "the returned list has a cycle: its next pointers come back to one of its nodes", text);
    int *position = malloc(sizeof(int) * (count ? count : 1));
    for (int k = 0; k < count; k++) {
        struct Node **at = bsearch(&nodes[k], sorted, count, sizeof(struct Node *), cc_node_order);
        position[at - sorted] = k;
    }
    cc_puts(b, "[");
    for (int k = 0; k < count; k++) {
        struct Node *n = nodes[k];
        if (k) cc_puts(b, ",");
        cc_puts(b, "[");
        cc_enc_int(b, n->val);
        cc_puts(b, ",");
        if (cc_is_input(n)) cc_say_wrong("the answer's node %d (val %d) is a node of the input: not a copy", k, n->val);
        struct Node **target = n->random ? bsearch(&n->random, sorted, count, sizeof(struct Node *), cc_node_order) : NULL;
        if (!n->random) cc_puts(b, "null");
        else if (target) cc_enc_int(b, position[target - sorted]);
        else {
            cc_puts(b, "null");
            if (cc_is_input(n->random)) cc_say_wrong("the answer's node %d (val %d) has a random pointer to a node of the input: not a copy", k, n->val);
            else cc_say_wrong("the answer's node %d (val %d) has a random pointer to a node outside the returned list", k, n->val);
        }
        cc_puts(b, "]");
    }
    cc_puts(b, "]");
    free(nodes); free(sorted); free(position);
}
#endif
#ifdef CC_NODE_GRAPH
static int cc_node_by_val(const void *a, const void *b) {
    const struct Node *x = *(struct Node *const *)a, *y = *(struct Node *const *)b;
    return x->val < y->val ? -1 : x->val > y->val;
}
/* Every node reachable from `node`, by val: its neighbours' vals; nodes of the input make the answer wrong. */
static void cc_enc_graph(cc_buf *b, struct Node *node) {
    if (!node) { cc_puts(b, "[]"); return; }
    int count = 0, capacity = 16;
    struct Node **nodes = malloc(sizeof(struct Node *) * capacity);
    nodes[count++] = node;
    for (int k = 0; k < count; k++)
        for (int e = 0; e < nodes[k]->numNeighbors; e++) {
            struct Node *next = nodes[k]->neighbors[e];
            if (!next) continue;
            int seen = 0;
            for (int s = 0; s < count && !seen; s++) seen = nodes[s] == next;
            if (seen) continue;
            if (count == capacity) nodes = realloc(nodes, sizeof(struct Node *) * (capacity *= 2));
            nodes[count++] = next;
        }
    qsort(nodes, count, sizeof(struct Node *), cc_node_by_val);
    cc_puts(b, "[");
    for (int k = 0; k < count; k++) {
        if (cc_is_input(nodes[k])) cc_say_wrong("the answer's node with val %d is a node of the input: not a copy", nodes[k]->val);
        if (k) cc_puts(b, ",");
        cc_puts(b, "[");
        for (int e = 0; e < nodes[k]->numNeighbors; e++) {
            if (e) cc_puts(b, ",");
            if (nodes[k]->neighbors[e]) cc_enc_int(b, nodes[k]->neighbors[e]->val); else cc_puts(b, "null");
        }
        cc_puts(b, "]");
    }
    cc_puts(b, "]");
    free(nodes);
}
#endif
