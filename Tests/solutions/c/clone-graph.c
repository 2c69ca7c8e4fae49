/**
 * Definition for a Node.
 * struct Node {
 *     int val;
 *     int numNeighbors;
 *     struct Node** neighbors;
 * };
 */

static struct Node* copies[101];

static struct Node* cloneNode(struct Node* s) {
    if (copies[s->val]) return copies[s->val];
    struct Node* copy = malloc(sizeof(struct Node));
    copy->val = s->val;
    copy->numNeighbors = s->numNeighbors;
    copy->neighbors = malloc((s->numNeighbors ? s->numNeighbors : 1) * sizeof(struct Node*));
    copies[s->val] = copy;
    for (int i = 0; i < s->numNeighbors; i++) copy->neighbors[i] = cloneNode(s->neighbors[i]);
    return copy;
}

struct Node* cloneGraph(struct Node* s) {
    if (!s) return NULL;
    memset(copies, 0, sizeof copies);
    return cloneNode(s);
}
