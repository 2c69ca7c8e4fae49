class Solution {
public:
    vector<vector<int>> pathSum(TreeNode* root, int targetSum) {
        vector<vector<int>> out;
        vector<int> path;
        dfs(root, targetSum, path, out);
        return out;
    }

private:
    void dfs(TreeNode* node, int rest, vector<int>& path, vector<vector<int>>& out) {
        if (!node) return;
        path.push_back(node->val);
        rest -= node->val;
        if (!node->left && !node->right) {
            if (rest == 0) out.push_back(path);
        } else {
            dfs(node->left, rest, path, out);
            dfs(node->right, rest, path, out);
        }
        path.pop_back();
    }
};
