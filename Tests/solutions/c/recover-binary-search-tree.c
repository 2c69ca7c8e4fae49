static struct TreeNode *first, *second, *prev;

static void inorder(struct TreeNode* node) {
    if (!node) return;
    inorder(node->left);
    if (prev && prev->val > node->val) {
        if (!first) first = prev;
        second = node;
    }
    prev = node;
    inorder(node->right);
}

void recoverTree(struct TreeNode* root) {
    first = second = prev = NULL;
    inorder(root);
    int t = first->val; first->val = second->val; second->val = t;
}
