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
    vector<int> preorderTraversal(TreeNode* root) {
        vector<int> out;
        stack<TreeNode*> todo;
        if (root) todo.push(root);
        while (!todo.empty()) {
            TreeNode* node = todo.top();
            todo.pop();
            out.push_back(node->val);
            if (node->right) todo.push(node->right);
            if (node->left) todo.push(node->left);
        }
        return out;
    }
};
