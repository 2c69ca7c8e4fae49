public class Solution {
    public IList<IList<int>> PathSum(TreeNode root, int targetSum) {
        var res = new List<IList<int>>();
        Dfs(root, targetSum, new List<int>(), res);
        return res;
    }

    private void Dfs(TreeNode node, int rem, List<int> path, List<IList<int>> res) {
        if (node == null) return;
        path.Add(node.val);
        rem -= node.val;
        if (node.left == null && node.right == null && rem == 0) res.Add(new List<int>(path));
        Dfs(node.left, rem, path, res);
        Dfs(node.right, rem, path, res);
        path.RemoveAt(path.Count - 1);
    }
}
