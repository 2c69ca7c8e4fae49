class Solution {
    public Node connect(Node root) {
        Node leftmost = root;
        while (leftmost != null) {
            Node dummy = new Node(0), tail = dummy;
            for (Node node = leftmost; node != null; node = node.next) {
                if (node.left != null) { tail.next = node.left; tail = tail.next; }
                if (node.right != null) { tail.next = node.right; tail = tail.next; }
            }
            leftmost = dummy.next;
        }
        return root;
    }
}
