/**
 * Definition for a binary tree node.
 * struct TreeNode {
 *     int val;
 *     struct TreeNode *left;
 *     struct TreeNode *right;
 * };
 */



typedef struct {
    struct TreeNode** stack;
    int size;
    int capacity;
} BSTIterator;

static void pushLeft(BSTIterator* obj, struct TreeNode* node) {
    while (node) {
        if (obj->size == obj->capacity) {
            obj->capacity *= 2;
            obj->stack = realloc(obj->stack, obj->capacity * sizeof(struct TreeNode*));
        }
        obj->stack[obj->size++] = node;
        node = node->left;
    }
}

BSTIterator* bSTIteratorCreate(struct TreeNode* root) {
    BSTIterator* obj = malloc(sizeof(BSTIterator));
    obj->capacity = 64;
    obj->size = 0;
    obj->stack = malloc(obj->capacity * sizeof(struct TreeNode*));
    pushLeft(obj, root);
    return obj;
}

int bSTIteratorNext(BSTIterator* obj) {
    struct TreeNode* node = obj->stack[--obj->size];
    pushLeft(obj, node->right);
    return node->val;
}

bool bSTIteratorHasNext(BSTIterator* obj) {
    return obj->size > 0;
}

void bSTIteratorFree(BSTIterator* obj) {
    free(obj->stack);
    free(obj);
}

/**
 * Your BSTIterator struct will be instantiated and called as such:
 * BSTIterator* obj = bSTIteratorCreate(root);
 * int param_1 = bSTIteratorNext(obj);
 
 * bool param_2 = bSTIteratorHasNext(obj);
 
 * bSTIteratorFree(obj);
*/
