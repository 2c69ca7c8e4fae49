public class Solution {
    public bool IsValidBST(TreeNode root) {
        return Check(root, long.MinValue, long.MaxValue);
    }

    private bool Check(TreeNode node, long lo, long hi) {
        if (node == null) return true;
        if (node.val <= lo || node.val >= hi) return false;
        return Check(node.left, lo, node.val) && Check(node.right, node.val, hi);
    }
}
