class Solution {
    public List<List<Integer>> pathSum(TreeNode root, int targetSum) {
        List<List<Integer>> out = new ArrayList<>();
        dfs(root, targetSum, new ArrayList<>(), out);
        return out;
    }

    private void dfs(TreeNode node, int rest, List<Integer> path, List<List<Integer>> out) {
        if (node == null) return;
        path.add(node.val);
        rest -= node.val;
        if (node.left == null && node.right == null) {
            if (rest == 0) out.add(new ArrayList<>(path));
        } else {
            dfs(node.left, rest, path, out);
            dfs(node.right, rest, path, out);
        }
        path.remove(path.size() - 1);
    }
}
