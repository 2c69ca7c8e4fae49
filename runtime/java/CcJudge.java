import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;
import java.util.function.*;

/**
 * The judge's Java driver support: JSON test data in, canonical JSON answers out, each test's result
 * as one JSON line on file descriptor 3. The main class is generated per question (templates/Solution.java
 * with language.json's driver parts) and calls the solution through these helpers.
 */
public final class CcJudge {
    private CcJudge() {}

    // ------------------------------------------------------------------ JSON values
    /** A parsed JSON value: null, Boolean, Double/Long, String, or List of values. */
    public static Object parse(String text) { return new Parser(text).value(); }

    private static final class Parser {
        final String s; int i;
        Parser(String s) { this.s = s; }
        void space() { while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++; }
        Object value() {
            space();
            char c = s.charAt(i);
            if (c == '[') {
                i++; List<Object> items = new ArrayList<>(); space();
                if (s.charAt(i) == ']') { i++; return items; }
                for (;;) { items.add(value()); space(); char d = s.charAt(i++); if (d == ']') return items; }
            }
            if (c == '{') {
                i++; Map<String, Object> map = new LinkedHashMap<>(); space();
                if (s.charAt(i) == '}') { i++; return map; }
                for (;;) { space(); String key = (String) value(); space(); i++; map.put(key, value()); space(); char d = s.charAt(i++); if (d == '}') return map; }
            }
            if (c == '"') {
                i++; StringBuilder b = new StringBuilder();
                for (char d; (d = s.charAt(i++)) != '"';) {
                    if (d != '\\') { b.append(d); continue; }
                    char e = s.charAt(i++);
                    switch (e) {
                        case 'n': b.append('\n'); break; case 't': b.append('\t'); break; case 'r': b.append('\r'); break;
                        case 'b': b.append('\b'); break; case 'f': b.append('\f'); break;
                        case 'u': b.append((char) Integer.parseInt(s.substring(i, i + 4), 16)); i += 4; break;
                        default: b.append(e);
                    }
                }
                return b.toString();
            }
            if (c == '-' || (c >= '0' && c <= '9')) {
                // Integers of up to 18 digits, the usual test data, without a substring.
                int start = i, first = c == '-' ? i + 1 : i, end = first;
                long v = 0;
                for (char d; end < s.length() && end - first < 18 && (d = s.charAt(end)) >= '0' && d <= '9'; end++) v = v * 10 + (d - '0');
                char after = end < s.length() ? s.charAt(end) : ' ';
                if (end > first && after != '.' && after != 'e' && after != 'E' && (after < '0' || after > '9')) {
                    i = end;
                    return c == '-' ? -v : v;
                }
                i = start;
            }
            if (s.startsWith("true", i)) { i += 4; return Boolean.TRUE; }
            if (s.startsWith("false", i)) { i += 5; return Boolean.FALSE; }
            if (s.startsWith("null", i)) { i += 4; return null; }
            int start = i;
            while (i < s.length() && "+-.eE0123456789".indexOf(s.charAt(i)) >= 0) i++;
            String number = s.substring(start, i);
            if (number.contains(".") || number.contains("e") || number.contains("E")) return Double.parseDouble(number);
            return Long.parseLong(number);
        }
    }

    // ------------------------------------------------------------------ JSON -> Java
    @SuppressWarnings("unchecked")
    static List<Object> items(Object j) { return (List<Object>) j; }
    public static int i(Object j) { return ((Number) j).intValue(); }
    public static long l(Object j) { return ((Number) j).longValue(); }
    public static double d(Object j) { return ((Number) j).doubleValue(); }
    public static boolean b(Object j) { return (Boolean) j; }
    public static String s(Object j) { return (String) j; }
    /** A 32-bit unsigned integer (0..4294967295) as Java's int of the same bits, as LeetCode passes it. */
    public static int u(Object j) { return (int) ((Number) j).longValue(); }
    public static char c(Object j) { String t = (String) j; return t.isEmpty() ? '\0' : t.charAt(0); }
    public static int[] intArray(Object j) { List<Object> v = items(j); int[] a = new int[v.size()]; for (int k = 0; k < a.length; k++) a[k] = i(v.get(k)); return a; }
    public static long[] longArray(Object j) { List<Object> v = items(j); long[] a = new long[v.size()]; for (int k = 0; k < a.length; k++) a[k] = l(v.get(k)); return a; }
    public static double[] doubleArray(Object j) { List<Object> v = items(j); double[] a = new double[v.size()]; for (int k = 0; k < a.length; k++) a[k] = d(v.get(k)); return a; }
    public static boolean[] booleanArray(Object j) { List<Object> v = items(j); boolean[] a = new boolean[v.size()]; for (int k = 0; k < a.length; k++) a[k] = b(v.get(k)); return a; }
    public static char[] charArray(Object j) { List<Object> v = items(j); char[] a = new char[v.size()]; for (int k = 0; k < a.length; k++) a[k] = c(v.get(k)); return a; }
    public static <T> T[] array(Object j, Function<Object, T> f, IntFunction<T[]> make) {
        List<Object> v = items(j); T[] a = make.apply(v.size()); for (int k = 0; k < a.length; k++) a[k] = f.apply(v.get(k)); return a;
    }
    public static <T> List<T> list(Object j, Function<Object, T> f) {
        List<T> out = new ArrayList<>(); for (Object x : items(j)) out.add(f.apply(x)); return out;
    }
    public static ListNode listNode(Object j) {
        ListNode head = new ListNode(), tail = head;
        for (Object x : items(j)) { tail.next = new ListNode(i(x)); tail = tail.next; }
        return head.next;
    }
    public static TreeNode treeNode(Object j) {
        List<Object> v = items(j);
        if (v.isEmpty() || v.get(0) == null) return null;
        TreeNode root = new TreeNode(i(v.get(0)));
        ArrayDeque<TreeNode> queue = new ArrayDeque<>(); queue.add(root);
        int k = 1;
        while (!queue.isEmpty() && k < v.size()) {
            TreeNode n = queue.poll();
            if (k < v.size() && v.get(k) != null) { n.left = new TreeNode(i(v.get(k))); queue.add(n.left); }
            k++;
            if (k < v.size() && v.get(k) != null) { n.right = new TreeNode(i(v.get(k))); queue.add(n.right); }
            k++;
        }
        return root;
    }

    // ------------------------------------------------------------------ Java -> canonical JSON
    public static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            switch (c) {
                case '"': b.append("\\\""); break; case '\\': b.append("\\\\"); break; case '\n': b.append("\\n"); break;
                case '\r': b.append("\\r"); break; case '\t': b.append("\\t"); break; case '\b': b.append("\\b"); break;
                case '\f': b.append("\\f"); break;
                default: if (c < 0x20) b.append(String.format("\\u%04x", (int) c)); else b.append(c);
            }
        }
        return b.append('"').toString();
    }

    /** A list answer; an empty list is null in Java and [] in the tests. */
    public static String encode(ListNode v) { return v == null ? "[]" : encode((Object) v); }

    /** A tree answer; an empty tree is null in Java and [] in the tests. */
    public static String encode(TreeNode v) { return v == null ? "[]" : encode((Object) v); }

    /** A 32-bit unsigned answer held in an int: its bits read as unsigned. */
    public static String encodeUnsigned(int v) { return Long.toString(Integer.toUnsignedLong(v)); }

    /** The first k elements of the array `array` (the parameter `name`), k being the returned length. */
    public static String encodePrefix(Object array, int k, String name) {
        int length = java.lang.reflect.Array.getLength(array);
        if (k < 0 || k > length) throw new Failure("returned k = " + k + ", but " + name + " has " + length + " element" + (length == 1 ? "" : "s"));
        Object[] items = new Object[k];
        for (int n = 0; n < k; n++) items[n] = java.lang.reflect.Array.get(array, n);
        StringBuilder b = new StringBuilder();
        seq(items, b);
        return b.toString();
    }

    /** An error of the solution's answer, reported with its message only (not as a Java exception). */
    public static final class Failure extends RuntimeException {
        public Failure(String message) { super(message); }
        @Override public String toString() { return getMessage(); }
    }

    /** Any answer a signature allows, as compact JSON. */
    public static String encode(Object v) {
        StringBuilder b = new StringBuilder();
        encode(v, b);
        return b.toString();
    }

    static void encode(Object v, StringBuilder b) {
        if (v == null) { b.append("null"); return; }
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) { b.append(v); return; }
        if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) throw new IllegalStateException("returned " + d + ", which is not a number JSON can hold");
            b.append(d); return;
        }
        if (v instanceof Boolean) { b.append(v); return; }
        if (v instanceof String) { b.append(quote((String) v)); return; }
        if (v instanceof Character) { b.append(quote(String.valueOf(v))); return; }
        if (v instanceof ListNode) {
            b.append('['); int n = 0;
            for (ListNode p = (ListNode) v; p != null; p = p.next) {
                if (n++ > 0) b.append(','); b.append(p.val);
                if (n > 1_000_000) throw new IllegalStateException("the returned list has a cycle");
            }
            b.append(']'); return;
        }
        if (v instanceof TreeNode) {
            List<String> out = new ArrayList<>(); ArrayDeque<TreeNode> queue = new ArrayDeque<>();
            List<TreeNode> level = new ArrayList<>(); level.add((TreeNode) v);
            for (int k = 0; k < level.size(); k++) {
                TreeNode n = level.get(k);
                if (n == null) { out.add("null"); continue; }
                out.add(String.valueOf(n.val)); level.add(n.left); level.add(n.right);
            }
            while (!out.isEmpty() && out.get(out.size() - 1).equals("null")) out.remove(out.size() - 1);
            b.append('[').append(String.join(",", out)).append(']'); return;
        }
        if (v instanceof Collection) { seq(((Collection<?>) v).toArray(), b); return; }
        if (v instanceof Object[]) { seq((Object[]) v, b); return; }
        if (v instanceof int[]) { int[] a = (int[]) v; Object[] o = new Object[a.length]; for (int k = 0; k < a.length; k++) o[k] = a[k]; seq(o, b); return; }
        if (v instanceof long[]) { long[] a = (long[]) v; Object[] o = new Object[a.length]; for (int k = 0; k < a.length; k++) o[k] = a[k]; seq(o, b); return; }
        if (v instanceof double[]) { double[] a = (double[]) v; Object[] o = new Object[a.length]; for (int k = 0; k < a.length; k++) o[k] = a[k]; seq(o, b); return; }
        if (v instanceof boolean[]) { boolean[] a = (boolean[]) v; Object[] o = new Object[a.length]; for (int k = 0; k < a.length; k++) o[k] = a[k]; seq(o, b); return; }
        if (v instanceof char[]) { char[] a = (char[]) v; Object[] o = new Object[a.length]; for (int k = 0; k < a.length; k++) o[k] = a[k]; seq(o, b); return; }
        throw new IllegalStateException("returned a " + v.getClass().getSimpleName() + ", which is not test data");
    }

    /** An array or list of lists or trees (ListNode[], list<TreeNode>): a null element is an empty one, []. */
    public static String encodeNodes(Object v) {
        if (v == null) return "null";
        StringBuilder b = new StringBuilder();
        seq(v instanceof Collection ? ((Collection<?>) v).toArray() : (Object[]) v, b, true);
        return b.toString();
    }

    static void seq(Object[] items, StringBuilder b) { seq(items, b, false); }

    static void seq(Object[] items, StringBuilder b, boolean nodes) {
        // In an array or list of lists or trees, a null element is an empty one: [].
        Class<?> component = items.getClass().getComponentType();
        nodes |= component == ListNode.class || component == TreeNode.class;
        for (Object item : items) nodes |= item instanceof ListNode || item instanceof TreeNode;
        b.append('[');
        for (int k = 0; k < items.length; k++) {
            if (k > 0) b.append(',');
            if (nodes && items[k] == null) b.append("[]"); else encode(items[k], b);
        }
        b.append(']');
    }

    // ------------------------------------------------------------------ running and reporting
    private static PrintStream report;
    private static final PrintStream realOut = System.out;
    private static final int KEPT = 64 * 1024;
    private static final long TOTAL = 8L * 1024 * 1024;

    /** What the solution prints, kept per test and counted over the whole run. */
    static final class Capture extends OutputStream {
        final ByteArrayOutputStream kept = new ByteArrayOutputStream();
        long total;
        @Override public void write(int c) { write(new byte[] {(byte) c}, 0, 1); }
        @Override public void write(byte[] data, int off, int len) {
            total += len;
            if (total > TOTAL) throw new OutputLimit();
            int room = KEPT - kept.size();
            if (room > 0) kept.write(data, off, Math.min(room, len));
        }
        String text() { return kept.toString(StandardCharsets.UTF_8); }
    }

    static final class OutputLimit extends RuntimeException {
        OutputLimit() { super(null, null, false, false); }
    }

    public static List<Object> inputs(String path) throws IOException {
        @SuppressWarnings("unchecked")
        Map<String, Object> spec = (Map<String, Object>) parse(Files.readString(Path.of(path)));
        return items(spec.get("inputs"));
    }

    /**
     * Runs the parser, the decoders, the encoder and the report's lines over made-up tests (about
     * 100 KB, twice) so that the JIT compiles them: a standby run (CcStandby) does this before its job's files exist,
     * and the job's tests.json is then read by compiled code. Nothing of it is kept.
     */
    @SuppressWarnings("unchecked")
    public static long warmUp() {
        StringBuilder b = new StringBuilder("{\"function\":\"f\",\"inputs\":[");
        for (int t = 0; t < 24; t++) {
            b.append(t == 0 ? "[[" : ",[[");
            for (int k = 0; k < 600; k++) b.append(k == 0 ? "" : ",").append((k * 7919L + t) % 200001 - 100000);
            b.append("],").append(t * 31 - 7).append(",\"ab\\\"c\\u00e9 d\",[1.5,-2.25e3,true,false,null],[[\"x\",\"y\"],[]]]");
        }
        String text = b.append("]}").toString();
        long sink = 0;
        for (int round = 0; round < 2; round++) {
            Map<String, Object> spec = (Map<String, Object>) parse(text);
            for (Object input : items(spec.get("inputs"))) {
                List<Object> args = items(input);
                sink += encode(intArray(args.get(0))).length() + i(args.get(1)) + quote(s(args.get(2))).length()
                    + encode(args.get(3)).length() + encode(args.get(4)).length();
            }
        }
        // A test's report line, with output captured as a test's is (the first use of each costs).
        Capture capture = new Capture();
        PrintStream captured = new PrintStream(capture, true, StandardCharsets.UTF_8);
        captured.print("warm\n");
        sink += answerLine(0, 1234, "[0,1]", null, capture.text()).length() + answerLine(1, 5, "[]", "x", "").length();
        // What it left is collected now, not during the job.
        System.gc();
        return sink;
    }

    /** One test: decode, call, encode; the body returns the answer's JSON. False stops the run. */
    public interface Test { String run(List<Object> args) throws Throwable; }

    private static String wrongMessage;

    /** Makes the current test a wrong answer with this message, whatever its answer (e.g. a "copy" that holds input nodes). */
    public static void wrong(String message) { wrongMessage = message; }

    /** The current test's wrong-answer message, null when none was given. */
    public static String wrongMessage() { return wrongMessage; }

    /** Runs every test on a thread with a large stack (deep recursion is common in solutions). */
    public static void main(String testsPath, Test test) throws Exception {
        report = new PrintStream(new FileOutputStream(descriptor(3)), true, StandardCharsets.UTF_8);
        List<Object> inputs = inputs(testsPath);
        Capture capture = new Capture();
        PrintStream captured = new PrintStream(capture, true, StandardCharsets.UTF_8);
        report.println();  // ready (an empty line): the tests begin, and the runner's clock for them starts
        Thread worker = new Thread(null, () -> {
            for (int k = 0; k < inputs.size(); k++) {
                capture.kept.reset();
                System.setOut(captured);
                wrongMessage = null;
                try {
                    long started = System.nanoTime();
                    String out = test.run(items(inputs.get(k)));
                    long micros = (System.nanoTime() - started) / 1000;
                    captured.flush();
                    System.setOut(realOut);
                    report.println(answerLine(k, micros, out, wrongMessage, capture.text()));
                } catch (OutputLimit e) {
                    System.setOut(realOut);
                    report.println("{\"i\":" + k + ",\"output_limit\":true}");
                    return;
                } catch (Throwable e) {
                    captured.flush();
                    System.setOut(realOut);
                    report.println("{\"i\":" + k + ",\"error\":" + quote(describe(e)) + ",\"stdout\":" + quote(capture.text()) + "}");
                    return;
                }
            }
        }, "main", 64L << 20);
        worker.start();
        worker.join();
        report.flush();
        System.exit(0);
    }

    /** Test k's report line: its time, answer, wrong-answer message (or null) and captured output. */
    static String answerLine(int k, long micros, String out, String wrong, String stdout) {
        return "{\"i\":" + k + ",\"ms\":" + milliseconds(micros) + ",\"out\":" + quote(out) + (wrong == null ? "" : ",\"wrong\":" + quote(wrong)) + ",\"stdout\":" + quote(stdout) + "}";
    }

    /** Microseconds as milliseconds with three decimals (not String.format: its Formatter takes a run tens of ms to load). */
    static String milliseconds(long micros) {
        return micros / 1000 + "." + Long.toString(1000 + micros % 1000).substring(1);
    }

    /**
     * An inherited file descriptor (the report pipe cannot be reopened by path: it belongs to the
     * runner). Set through sun.misc.Unsafe, which jdk.unsupported opens to every module, rather than
     * by opening java.io with --add-opens, which would cost every run the archived module graph of
     * the JDK's class-data archive (about 25 ms).
     */
    static FileDescriptor descriptor(int number) throws ReflectiveOperationException {
        FileDescriptor fd = new FileDescriptor();
        java.lang.reflect.Field theUnsafe = sun.misc.Unsafe.class.getDeclaredField("theUnsafe");
        theUnsafe.setAccessible(true);
        sun.misc.Unsafe unsafe = (sun.misc.Unsafe) theUnsafe.get(null);
        unsafe.putInt(fd, unsafe.objectFieldOffset(FileDescriptor.class.getDeclaredField("fd")), number);
        return fd;
    }

    /** The user's source file, whose frames an exception's report shows. */
    public static String userFile = "Solution.java";

    /** The exception as LeetCode shows it: its class and message, then the user's frames. */
    static String describe(Throwable e) {
        if (e instanceof StackOverflowError) return "java.lang.StackOverflowError";
        StringBuilder b = new StringBuilder(e.toString());
        for (StackTraceElement frame : e.getStackTrace()) {
            if (!userFile.equals(frame.getFileName()) || frame.getClassName().startsWith("__Driver")) continue;
            b.append("\n  at line ").append(frame.getLineNumber()).append(", ").append(frame.getClassName()).append('.').append(frame.getMethodName());
        }
        return b.toString();
    }
}
