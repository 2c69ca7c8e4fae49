class Solution {
public:
    int maxPathSum(TreeNode* root) {
        int best = INT_MIN;
        down(root, best);
        return best;
    }

private:
    int down(TreeNode* node, int& best) {
        if (!node) return 0;
        int left = max(0, down(node->left, best));
        int right = max(0, down(node->right, best));
        best = max(best, node->val + left + right);
        return node->val + max(left, right);
    }
};
