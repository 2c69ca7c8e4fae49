/**
 * Definition for a binary tree node.
 * struct TreeNode {
 *     int val;
 *     TreeNode *left;
 *     TreeNode *right;
 *     TreeNode() : val(0), left(nullptr), right(nullptr) {}
 *     TreeNode(int x) : val(x), left(nullptr), right(nullptr) {}
 *     TreeNode(int x, TreeNode *left, TreeNode *right) : val(x), left(left), right(right) {}
 * };
 */
class Solution {
public:
    vector<int> rightSideView(TreeNode* root) {
        vector<int> out;
        dfs(root, 0, out);
        return out;
    }

private:
    void dfs(TreeNode* node, int depth, vector<int>& out) {
        if (!node) return;
        if (depth == (int)out.size()) out.push_back(node->val);
        dfs(node->right, depth + 1, out);
        dfs(node->left, depth + 1, out);
    }
};
