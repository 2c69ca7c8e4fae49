public class Solution {
    private TreeNode first, second, prev;

    private void Inorder(TreeNode node) {
        if (node == null) return;
        Inorder(node.left);
        if (prev != null && prev.val > node.val) {
            if (first == null) first = prev;
            second = node;
        }
        prev = node;
        Inorder(node.right);
    }

    public void RecoverTree(TreeNode root) {
        Inorder(root);
        int t = first.val;
        first.val = second.val;
        second.val = t;
    }
}
