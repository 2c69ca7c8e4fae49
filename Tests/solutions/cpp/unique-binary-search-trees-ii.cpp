class Solution {
    vector<TreeNode*> build(int low, int high) {
        if (low > high) return {nullptr};
        vector<TreeNode*> out;
        for (int root = low; root <= high; root++)
            for (TreeNode* left : build(low, root - 1))
                for (TreeNode* right : build(root + 1, high))
                    out.push_back(new TreeNode(root, left, right));
        return out;
    }
public:
    vector<TreeNode*> generateTrees(int n) {
        return build(1, n);
    }
};
