class Solution {
    private ListNode current;

    private TreeNode build(int count) {
        if (count == 0) return null;
        TreeNode left = build(count / 2);
        TreeNode root = new TreeNode(current.val);
        current = current.next;
        root.left = left;
        root.right = build(count - count / 2 - 1);
        return root;
    }

    public TreeNode sortedListToBST(ListNode head) {
        int size = 0;
        for (ListNode node = head; node != null; node = node.next) size++;
        current = head;
        return build(size);
    }
}
