/*
// Definition for a Node.
class Node {
    int val;
    Node next;
    Node random;

    public Node(int val) {
        this.val = val;
        this.next = null;
        this.random = null;
    }
}
*/

class Solution {
    public Node copyRandomList(Node head) {
        Map<Node, Node> copies = new HashMap<>();
        for (Node p = head; p != null; p = p.next) {
            copies.put(p, new Node(p.val));
        }
        for (Node p = head; p != null; p = p.next) {
            Node copy = copies.get(p);
            copy.next = copies.get(p.next);
            copy.random = copies.get(p.random);
        }
        return copies.get(head);
    }
}
