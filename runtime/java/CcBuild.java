import java.util.*;

/**
 * The builders of linked-list questions whose input is not the method's arguments (question.yaml's
 * `build`): `cycle` ([values, pos]: the tail links to node pos, -1 none) and `intersection`
 * ([intersectVal, listA, listB, skipA, skipB]: listB's nodes from skipB on are listA's from skipA on).
 * A returned ListNode is judged by identity: its position in the (first) list built, -1 when it is
 * no node of it, null when null.
 */
public final class CcBuild {
    private CcBuild() {}

    /** The nodes of the current test's first list, by position. */
    static Map<ListNode, Integer> positions = new IdentityHashMap<>();

    static ListNode[] nodes(Object json) {
        List<Object> v = CcJudge.items(json);
        ListNode[] nodes = new ListNode[v.size()];
        for (int k = 0; k < nodes.length; k++) {
            nodes[k] = new ListNode(CcJudge.i(v.get(k)));
            if (k > 0) nodes[k - 1].next = nodes[k];
        }
        return nodes;
    }

    static void remember(ListNode[] nodes) {
        positions = new IdentityHashMap<>();
        for (int k = 0; k < nodes.length; k++) positions.put(nodes[k], k);
    }

    /** The head of the list [values, pos] whose tail links to node pos (none when pos is -1). */
    public static ListNode cycle(List<Object> args) {
        ListNode[] nodes = nodes(args.get(0));
        int pos = CcJudge.i(args.get(1));
        remember(nodes);
        if (nodes.length == 0) return null;
        if (pos >= 0 && pos < nodes.length) nodes[nodes.length - 1].next = nodes[pos];
        return nodes[0];
    }

    /** The heads of lists A and B of [intersectVal, listA, listB, skipA, skipB]. */
    public static ListNode[] intersection(List<Object> args) {
        int intersectVal = CcJudge.i(args.get(0));
        ListNode[] a = nodes(args.get(1));
        List<Object> valuesB = CcJudge.items(args.get(2));
        int skipA = CcJudge.i(args.get(3)), skipB = CcJudge.i(args.get(4));
        remember(a);
        boolean shared = intersectVal != 0 && skipA < a.length && skipB <= valuesB.size();
        int own = shared ? skipB : valuesB.size();
        ListNode headB = new ListNode(), tail = headB;
        for (int k = 0; k < own; k++) { tail.next = new ListNode(CcJudge.i(valuesB.get(k))); tail = tail.next; }
        if (shared) tail.next = a[skipA];
        return new ListNode[] {a.length == 0 ? null : a[0], headB.next};
    }

    /** A returned node as its position in the first list built: null for null, -1 for a node not in it. */
    public static String position(ListNode node) {
        if (node == null) return "null";
        Integer k = positions.get(node);
        return k == null ? "-1" : k.toString();
    }
}
