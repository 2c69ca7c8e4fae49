class Solution {
    private int next = 0;
    private Map<Integer, Integer> where = new HashMap<>();

    public TreeNode buildTree(int[] preorder, int[] inorder) {
        for (int i = 0; i < inorder.length; i++) where.put(inorder[i], i);
        next = 0;
        return build(preorder, 0, inorder.length - 1);
    }

    private TreeNode build(int[] preorder, int lo, int hi) {
        if (lo > hi) return null;
        int value = preorder[next++];
        TreeNode node = new TreeNode(value);
        int mid = where.get(value);
        node.left = build(preorder, lo, mid - 1);
        node.right = build(preorder, mid + 1, hi);
        return node;
    }
}
