package randomnode;

/** LeetCode's Java Node of #138: a list node with a `random` pointer to any node of the list or null. */
public class Node {
    public int val;
    public Node next;
    public Node random;

    public Node(int val) {
        this.val = val;
        this.next = null;
        this.random = null;
    }
}
