class Solution {
public:
    TreeNode* buildTree(vector<int>& inorder, vector<int>& postorder) {
        unordered_map<int, int> where;
        for (int i = 0; i < (int)inorder.size(); i++) where[inorder[i]] = i;
        int next = (int)postorder.size() - 1;
        return build(postorder, where, next, 0, (int)inorder.size() - 1);
    }

private:
    TreeNode* build(vector<int>& postorder, unordered_map<int, int>& where, int& next, int lo, int hi) {
        if (lo > hi) return nullptr;
        int value = postorder[next--];
        TreeNode* node = new TreeNode(value);
        int mid = where[value];
        node->right = build(postorder, where, next, mid + 1, hi);
        node->left = build(postorder, where, next, lo, mid - 1);
        return node;
    }
};
