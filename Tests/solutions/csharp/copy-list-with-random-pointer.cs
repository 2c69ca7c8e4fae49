/*
// Definition for a Node.
public class Node {
    public int val;
    public Node next;
    public Node random;
    
    public Node(int _val) {
        val = _val;
        next = null;
        random = null;
    }
}
*/

public class Solution {
    public Node CopyRandomList(Node head) {
        var copies = new Dictionary<Node, Node>();
        for (var p = head; p != null; p = p.next) copies[p] = new Node(p.val);
        for (var p = head; p != null; p = p.next) {
            copies[p].next = p.next == null ? null : copies[p.next];
            copies[p].random = p.random == null ? null : copies[p.random];
        }
        return head == null ? null : copies[head];
    }
}
