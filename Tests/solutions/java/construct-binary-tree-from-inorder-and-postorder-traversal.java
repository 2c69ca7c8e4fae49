class Solution {
    private int next;
    private Map<Integer, Integer> where = new HashMap<>();

    public TreeNode buildTree(int[] inorder, int[] postorder) {
        for (int i = 0; i < inorder.length; i++) where.put(inorder[i], i);
        next = postorder.length - 1;
        return build(postorder, 0, inorder.length - 1);
    }

    private TreeNode build(int[] postorder, int lo, int hi) {
        if (lo > hi) return null;
        int value = postorder[next--];
        TreeNode node = new TreeNode(value);
        int mid = where.get(value);
        node.right = build(postorder, mid + 1, hi);
        node.left = build(postorder, lo, mid - 1);
        return node;
    }
}
