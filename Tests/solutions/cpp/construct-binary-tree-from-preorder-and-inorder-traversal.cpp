class Solution {
public:
    TreeNode* buildTree(vector<int>& preorder, vector<int>& inorder) {
        unordered_map<int, int> where;
        for (int i = 0; i < (int)inorder.size(); i++) where[inorder[i]] = i;
        int next = 0;
        return build(preorder, where, next, 0, (int)inorder.size() - 1);
    }

private:
    TreeNode* build(vector<int>& preorder, unordered_map<int, int>& where, int& next, int lo, int hi) {
        if (lo > hi) return nullptr;
        int value = preorder[next++];
        TreeNode* node = new TreeNode(value);
        int mid = where[value];
        node->left = build(preorder, where, next, lo, mid - 1);
        node->right = build(preorder, where, next, mid + 1, hi);
        return node;
    }
};
