/**
 * Definition for a binary tree node.
 * struct TreeNode {
 *     int val;
 *     struct TreeNode *left;
 *     struct TreeNode *right;
 * };
 */
/**
 * Note: The returned array must be malloced, assume caller calls free().
 */
int* rightSideView(struct TreeNode* root, int* returnSize) {
    *returnSize = 0;
    int* res = malloc(128 * sizeof(int));
    if (!root) return res;
    struct TreeNode** queue = malloc(256 * sizeof(struct TreeNode*));
    int head = 0, tail = 0;
    queue[tail++] = root;
    while (head < tail) {
        int levelEnd = tail;
        res[(*returnSize)++] = queue[levelEnd - 1]->val;
        while (head < levelEnd) {
            struct TreeNode* node = queue[head++];
            if (node->left) queue[tail++] = node->left;
            if (node->right) queue[tail++] = node->right;
        }
    }
    free(queue);
    return res;
}
