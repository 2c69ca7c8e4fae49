public class Solution {
    private int pre;
    private Dictionary<int, int> index;

    public TreeNode BuildTree(int[] preorder, int[] inorder) {
        pre = 0;
        index = new Dictionary<int, int>();
        for (int i = 0; i < inorder.Length; i++) index[inorder[i]] = i;
        return Build(preorder, 0, inorder.Length - 1);
    }

    private TreeNode Build(int[] preorder, int lo, int hi) {
        if (lo > hi) return null;
        var root = new TreeNode(preorder[pre++]);
        int mid = index[root.val];
        root.left = Build(preorder, lo, mid - 1);
        root.right = Build(preorder, mid + 1, hi);
        return root;
    }
}
