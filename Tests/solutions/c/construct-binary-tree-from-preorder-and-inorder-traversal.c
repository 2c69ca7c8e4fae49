/**
 * Definition for a binary tree node.
 * struct TreeNode {
 *     int val;
 *     struct TreeNode *left;
 *     struct TreeNode *right;
 * };
 */
static struct TreeNode* build(int* pre, int* preIdx, int* in, int lo, int hi) {
    if (lo > hi) return NULL;
    int val = pre[(*preIdx)++];
    struct TreeNode* node = malloc(sizeof(struct TreeNode));
    node->val = val;
    int mid = lo;
    while (in[mid] != val) mid++;
    node->left = build(pre, preIdx, in, lo, mid - 1);
    node->right = build(pre, preIdx, in, mid + 1, hi);
    return node;
}

struct TreeNode* buildTree(int* preorder, int preorderSize, int* inorder, int inorderSize) {
    int idx = 0;
    return build(preorder, &idx, inorder, 0, inorderSize - 1);
}
