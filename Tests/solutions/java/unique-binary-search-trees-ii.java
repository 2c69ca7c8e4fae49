class Solution {
    private List<TreeNode> build(int low, int high) {
        List<TreeNode> out = new ArrayList<>();
        if (low > high) { out.add(null); return out; }
        for (int root = low; root <= high; root++)
            for (TreeNode left : build(low, root - 1))
                for (TreeNode right : build(root + 1, high))
                    out.add(new TreeNode(root, left, right));
        return out;
    }

    public List<TreeNode> generateTrees(int n) {
        return build(1, n);
    }
}
