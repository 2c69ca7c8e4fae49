import java.lang.reflect.*;
import java.util.*;

/**
 * LeetCode's `Node` types of the JVM languages, by reflection on their fields (`val`, `left`, `right`,
 * `next`, `random`, `neighbors`), so that Java's classes (nextnode.Node, randomnode.Node,
 * graphnode.Node) and Kotlin's (ktnode.next.Node...) share one decoding and encoding:
 * - NextNode: input a level-order tree; answer the levels read through `next`, "#" after each;
 * - RandomNode: [[val, index of random or null], ...] in `next` order;
 * - GraphNode: an adjacency list of nodes 1..n; the method gets node 1.
 * The nodes built for a test's input are remembered: an answer that contains one of them is not a
 * copy, which CcJudge.wrong reports.
 */
public final class CcNodes {
    private CcNodes() {}

    /** More nodes than this in an answer: it has a cycle where it should not. */
    static final int MOST = 1_000_000;

    /** The nodes built for the current test's input. */
    static final Set<Object> built = Collections.newSetFromMap(new IdentityHashMap<>());

    /** Forgets the nodes of the previous test. */
    public static void reset() { built.clear(); }

    /** The class of LeetCode's Node for `type` (NextNode, RandomNode, GraphNode) in Java or Kotlin. */
    public static Class<?> classFor(String type, boolean kotlin) {
        String name;
        switch (type) {
            case "NextNode": name = kotlin ? "ktnode.next.Node" : "nextnode.Node"; break;
            case "RandomNode": name = kotlin ? "ktnode.random.Node" : "randomnode.Node"; break;
            case "GraphNode": name = kotlin ? "ktnode.graph.Node" : "graphnode.Node"; break;
            default: throw new IllegalArgumentException("no Node class for type " + type);
        }
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("the judge has no class " + name);
        }
    }

    // ------------------------------------------------------------------ reflection
    static Field field(Class<?> c, String name) {
        for (Class<?> k = c; k != null; k = k.getSuperclass()) {
            try {
                Field f = k.getDeclaredField(name);
                f.setAccessible(true);
                return f;
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        throw new IllegalStateException(c.getName() + " has no field " + name);
    }

    static Object make(Class<?> c, int val) {
        try {
            Constructor<?> k = c.getDeclaredConstructor(int.class);
            k.setAccessible(true);
            Object node = k.newInstance(val);
            built.add(node);
            return node;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make a " + c.getName() + ": " + e);
        }
    }

    static Object get(Field f, Object node) {
        try { return f.get(node); } catch (IllegalAccessException e) { throw new IllegalStateException(e); }
    }

    static void set(Field f, Object node, Object value) {
        try { f.set(node, value); } catch (IllegalAccessException e) { throw new IllegalStateException(e); }
    }

    static int val(Field f, Object node) {
        try { return f.getInt(node); } catch (IllegalAccessException e) { throw new IllegalStateException(e); }
    }

    /** Whether this test is already a wrong answer. */
    static boolean wrongSet() { return CcJudge.wrongMessage() != null; }

    static String notCopy(String which, Object node, Field val) {
        return "the answer's " + which + " (val " + val(val, node) + ") is a node of the input: not a copy";
    }

    // ------------------------------------------------------------------ NextNode
    /** A level-order tree (like TreeNode's) of `c` nodes. */
    public static Object nextNode(Object json, Class<?> c) {
        List<Object> v = CcJudge.items(json);
        if (v.isEmpty() || v.get(0) == null) return null;
        Field left = field(c, "left"), right = field(c, "right");
        Object root = make(c, CcJudge.i(v.get(0)));
        ArrayDeque<Object> queue = new ArrayDeque<>();
        queue.add(root);
        int k = 1;
        while (!queue.isEmpty() && k < v.size()) {
            Object n = queue.poll();
            if (k < v.size() && v.get(k) != null) { Object child = make(c, CcJudge.i(v.get(k))); set(left, n, child); queue.add(child); }
            k++;
            if (k < v.size() && v.get(k) != null) { Object child = make(c, CcJudge.i(v.get(k))); set(right, n, child); queue.add(child); }
            k++;
        }
        return root;
    }

    /** The levels of the tree under `root` read through `next` pointers, "#" after each level. */
    public static String encodeNext(Object root) {
        reset();
        if (root == null) return "[]";
        Class<?> c = root.getClass();
        Field val = field(c, "val"), left = field(c, "left"), right = field(c, "right"), next = field(c, "next");
        StringBuilder b = new StringBuilder("[");
        int count = 0;
        for (Object start = root; start != null;) {
            Object first = null;
            for (Object n = start; n != null; n = get(next, n)) {
                if (++count > MOST) throw new CcJudge.Failure("the answer's next pointers form a cycle");
                b.append(val(val, n)).append(',');
                if (first == null) first = get(left, n) != null ? get(left, n) : get(right, n);
            }
            b.append("\"#\"");
            start = first;
            if (start != null) b.append(',');
        }
        return b.append(']').toString();
    }

    // ------------------------------------------------------------------ RandomNode
    /** [[val, random index or null], ...]: a list of `c` nodes in `next` order. */
    public static Object randomNode(Object json, Class<?> c) {
        List<Object> v = CcJudge.items(json);
        if (v.isEmpty()) return null;
        Field next = field(c, "next"), random = field(c, "random");
        Object[] nodes = new Object[v.size()];
        for (int k = 0; k < nodes.length; k++) {
            nodes[k] = make(c, CcJudge.i(CcJudge.items(v.get(k)).get(0)));
            if (k > 0) set(next, nodes[k - 1], nodes[k]);
        }
        for (int k = 0; k < nodes.length; k++) {
            Object target = CcJudge.items(v.get(k)).get(1);
            if (target != null) set(random, nodes[k], nodes[CcJudge.i(target)]);
        }
        return nodes[0];
    }

    /** The list from `head` as [[val, random index or null], ...]; an input node in it is reported as wrong. */
    public static String encodeRandom(Object head) {
        try {
            if (head == null) return "[]";
            Class<?> c = head.getClass();
            Field val = field(c, "val"), next = field(c, "next"), random = field(c, "random");
            List<Object> nodes = new ArrayList<>();
            Map<Object, Integer> index = new IdentityHashMap<>();
            for (Object n = head; n != null; n = get(next, n)) {
                if (index.containsKey(n)) throw new CcJudge.Failure("the answer's next pointers form a cycle (node " + nodes.size() + " is node " + index.get(n) + " again)");
                index.put(n, nodes.size());
                nodes.add(n);
                if (nodes.size() > MOST) throw new CcJudge.Failure("the answer's list has more than " + MOST + " nodes");
            }
            for (int k = 0; k < nodes.size(); k++) {
                if (built.contains(nodes.get(k))) { CcJudge.wrong(notCopy("node " + k, nodes.get(k), val)); break; }
            }
            StringBuilder b = new StringBuilder("[");
            for (int k = 0; k < nodes.size(); k++) {
                Object n = nodes.get(k), r = get(random, n);
                if (k > 0) b.append(',');
                b.append('[').append(val(val, n)).append(',');
                if (r == null) b.append("null");
                else if (index.containsKey(r)) b.append(index.get(r));
                else {
                    // A pointer out of the list: no index can say where; the answer is wrong (unless already found not a copy).
                    b.append("null");
                    if (!wrongSet()) CcJudge.wrong("the answer's node " + k + " (val " + val(val, n) + ") has a random pointer to a node that is not in the answer's list");
                }
                b.append(']');
            }
            return b.append(']').toString();
        } finally {
            reset();
        }
    }

    // ------------------------------------------------------------------ GraphNode
    /** An adjacency list of nodes 1..n (node i+1's neighbours' values): node 1, or null for []. */
    @SuppressWarnings("unchecked")
    public static Object graphNode(Object json, Class<?> c) {
        List<Object> v = CcJudge.items(json);
        if (v.isEmpty()) return null;
        Field neighbors = field(c, "neighbors");
        Object[] nodes = new Object[v.size()];
        for (int k = 0; k < nodes.length; k++) nodes[k] = make(c, k + 1);
        for (int k = 0; k < nodes.length; k++) {
            List<Object> list = (List<Object>) get(neighbors, nodes[k]);
            if (list == null) { list = new ArrayList<>(); set(neighbors, nodes[k], list); }
            for (Object x : CcJudge.items(v.get(k))) list.add(nodes[CcJudge.i(x) - 1]);
        }
        return nodes[0];
    }

    /** Every node reachable from `node`, by val, each as its neighbours' values; an input node is reported as wrong. */
    public static String encodeGraph(Object node) {
        try {
            if (node == null) return "[]";
            Class<?> c = node.getClass();
            Field val = field(c, "val"), neighbors = field(c, "neighbors");
            Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            List<Object> order = new ArrayList<>();
            ArrayDeque<Object> queue = new ArrayDeque<>();
            seen.add(node);
            queue.add(node);
            while (!queue.isEmpty()) {
                Object n = queue.poll();
                order.add(n);
                if (order.size() > MOST) throw new CcJudge.Failure("the answer's graph has more than " + MOST + " nodes");
                Collection<?> list = (Collection<?>) get(neighbors, n);
                if (list == null) continue;
                for (Object m : list) if (m != null && seen.add(m)) queue.add(m);
            }
            order.sort(Comparator.comparingInt(n -> val(val, n)));
            StringBuilder b = new StringBuilder("[");
            for (int k = 0; k < order.size(); k++) {
                if (k > 0) b.append(',');
                b.append('[');
                Collection<?> list = (Collection<?>) get(neighbors, order.get(k));
                int j = 0;
                if (list != null) for (Object m : list) { if (j++ > 0) b.append(','); b.append(m == null ? "null" : String.valueOf(val(val, m))); }
                b.append(']');
            }
            for (Object n : order) {
                if (built.contains(n)) { CcJudge.wrong(notCopy("node", n, val)); break; }
            }
            return b.append(']').toString();
        } finally {
            reset();
        }
    }
}
