/**
 * Definition for a binary tree node.
 * struct TreeNode {
 *     int val;
 *     struct TreeNode *left;
 *     struct TreeNode *right;
 * };
 */
int** levelOrder(struct TreeNode* root, int* returnSize, int** returnColumnSizes) {
    *returnSize = 0;
    *returnColumnSizes = malloc(2001 * sizeof(int));
    int** out = malloc(2001 * sizeof(int*));
    if (!root) return out;
    struct TreeNode** queue = malloc(2001 * sizeof(struct TreeNode*));
    int head = 0, tail = 0;
    queue[tail++] = root;
    while (head < tail) {
        int count = tail - head;
        int* level = malloc(count * sizeof(int));
        for (int k = 0; k < count; k++) {
            struct TreeNode* node = queue[head++];
            level[k] = node->val;
            if (node->left) queue[tail++] = node->left;
            if (node->right) queue[tail++] = node->right;
        }
        (*returnColumnSizes)[*returnSize] = count;
        out[(*returnSize)++] = level;
    }
    free(queue);
    return out;
}
