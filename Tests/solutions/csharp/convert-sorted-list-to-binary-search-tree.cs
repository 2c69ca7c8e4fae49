public class Solution {
    private ListNode current;

    private TreeNode Build(int count) {
        if (count == 0) return null;
        TreeNode left = Build(count / 2);
        TreeNode root = new TreeNode(current.val);
        current = current.next;
        root.left = left;
        root.right = Build(count - count / 2 - 1);
        return root;
    }

    public TreeNode SortedListToBST(ListNode head) {
        int size = 0;
        for (ListNode node = head; node != null; node = node.next) size++;
        current = head;
        return Build(size);
    }
}
