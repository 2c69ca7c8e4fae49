/*
// Definition for a Node.
public class Node {
    public int val;
    public Node left;
    public Node right;
    public Node next;

    public Node() {}

    public Node(int _val) {
        val = _val;
    }

    public Node(int _val, Node _left, Node _right, Node _next) {
        val = _val;
        left = _left;
        right = _right;
        next = _next;
    }
}
*/

public class Solution {
    public Node Connect(Node root) {
        for (var level = root; level != null && level.left != null; level = level.left) {
            for (var p = level; p != null; p = p.next) {
                p.left.next = p.right;
                if (p.next != null) p.right.next = p.next.left;
            }
        }
        return root;
    }
}
