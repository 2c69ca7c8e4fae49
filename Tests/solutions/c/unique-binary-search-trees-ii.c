/**
 * Note: The returned array must be malloced, assume caller calls free().
 */
static struct TreeNode** build(int low, int high, int* size) {
    if (low > high) {
        struct TreeNode** out = malloc(sizeof(struct TreeNode*));
        out[0] = NULL;
        *size = 1;
        return out;
    }
    int capacity = 16, count = 0;
    struct TreeNode** out = malloc(sizeof(struct TreeNode*) * capacity);
    for (int root = low; root <= high; root++) {
        int leftCount, rightCount;
        struct TreeNode** lefts = build(low, root - 1, &leftCount);
        struct TreeNode** rights = build(root + 1, high, &rightCount);
        for (int i = 0; i < leftCount; i++)
            for (int j = 0; j < rightCount; j++) {
                if (count == capacity) { capacity *= 2; out = realloc(out, sizeof(struct TreeNode*) * capacity); }
                struct TreeNode* node = malloc(sizeof(struct TreeNode));
                node->val = root;
                node->left = lefts[i];
                node->right = rights[j];
                out[count++] = node;
            }
        free(lefts);
        free(rights);
    }
    *size = count;
    return out;
}

struct TreeNode** generateTrees(int n, int* returnSize) {
    return build(1, n, returnSize);
}
