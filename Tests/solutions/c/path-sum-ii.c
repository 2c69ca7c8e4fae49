/**
 * Definition for a binary tree node.
 * struct TreeNode {
 *     int val;
 *     struct TreeNode *left;
 *     struct TreeNode *right;
 * };
 */
static int** res;
static int* cols;
static int count, cap;
static int path[5000];

static void dfs(struct TreeNode* node, int remain, int depth) {
    if (!node) return;
    path[depth++] = node->val;
    remain -= node->val;
    if (!node->left && !node->right && remain == 0) {
        if (count == cap) {
            cap *= 2;
            res = realloc(res, cap * sizeof(int*));
            cols = realloc(cols, cap * sizeof(int));
        }
        res[count] = malloc(depth * sizeof(int));
        memcpy(res[count], path, depth * sizeof(int));
        cols[count++] = depth;
    }
    dfs(node->left, remain, depth);
    dfs(node->right, remain, depth);
}

/**
 * Return an array of arrays of size *returnSize.
 * The sizes of the arrays are returned as *returnColumnSizes array.
 * Note: Both returned array and *columnSizes array must be malloced, assume caller calls free().
 */
int** pathSum(struct TreeNode* root, int targetSum, int* returnSize, int** returnColumnSizes) {
    count = 0;
    cap = 16;
    res = malloc(cap * sizeof(int*));
    cols = malloc(cap * sizeof(int));
    dfs(root, targetSum, 0);
    *returnSize = count;
    *returnColumnSizes = cols;
    return res;
}
