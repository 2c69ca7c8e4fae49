import java.lang.reflect.*;
import java.nio.file.*;
import java.util.*;

/**
 * The driver of the JVM languages other than Java (Kotlin): it finds the method the question's
 * signature names on the compiled `Solution` class and calls it by reflection, a fresh instance per
 * test, decoding each argument by its signature type (`integer[]` is an int[], `list<string>` a
 * java.util.List, ...). Run as `java CcReflect tests.json FILE [CLASS]`, FILE being the user's source
 * file, whose frames a runtime error shows, and CLASS the solution's class (`Solution`; another for the
 * training run that records a language's class-data archive).
 */
public final class CcReflect {
    private CcReflect() {}

    @SuppressWarnings("unchecked")
    public static void main(String[] argv) throws Exception {
        if (argv.length > 1) CcJudge.userFile = argv[1];
        Map<String, Object> spec = (Map<String, Object>) CcJudge.parse(Files.readString(Path.of(argv[0])));
        if (spec.get("class") != null) { CcDesign.main(argv[0], spec); return; }
        String function = (String) spec.get("function");
        List<String> params = types(spec.get("params"));
        String returns = (String) spec.get("returns");
        String build = (String) spec.get("build");
        int inplace = spec.get("inplace") == null ? -1 : CcJudge.i(spec.get("inplace"));
        int prefix = spec.get("prefix") == null ? -1 : CcJudge.i(spec.get("prefix"));
        Class<?> solution = Class.forName(argv.length > 2 ? argv[2] : "Solution");
        Method method = null;
        for (Method m : solution.getMethods()) {
            if (m.getName().equals(function) && m.getParameterCount() == params.size()) method = m;
        }
        if (method == null) {
            String message = "Solution has no method " + function + " with " + params.size() + " parameters";
            CcJudge.main(argv[0], args -> { throw new NoSuchMethodException(message); });
            return;
        }
        Method call = method;
        boolean isStatic = Modifier.isStatic(call.getModifiers());
        Constructor<?> make = isStatic ? null : solution.getDeclaredConstructor();
        CcJudge.main(argv[0], args -> {
            Object[] values;
            if ("cycle".equals(build)) values = new Object[] {CcBuild.cycle(args)};
            else if ("intersection".equals(build)) values = CcBuild.intersection(args);
            else {
                values = new Object[params.size()];
                for (int k = 0; k < values.length; k++) values[k] = decode(args.get(k), params.get(k));
            }
            Object answer;
            try {
                answer = call.invoke(isStatic ? null : make.newInstance(), values);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (inplace >= 0) return encode(values[inplace], params.get(inplace));
            if (prefix >= 0) return CcJudge.encodePrefix(values[prefix], ((Number) answer).intValue(), parameterName(call, prefix));
            if (build != null && returns.equals("ListNode")) return CcBuild.position((ListNode) answer);
            return encode(answer, returns);
        });
    }

    /** A list of signature types in the header. */
    static List<String> types(Object json) {
        List<String> out = new ArrayList<>();
        if (json != null) for (Object p : CcJudge.items(json)) out.add((String) p);
        return out;
    }

    /** The name of a method's parameter, when the class file keeps it; else "the array". */
    static String parameterName(Method m, int index) {
        Parameter p = m.getParameters()[index];
        return p.isNamePresent() ? p.getName() : "the array";
    }

    /** Whether the user's language is Kotlin (whose Node classes are Kotlin's). */
    static boolean kotlin() { return CcJudge.userFile.endsWith(".kt"); }

    /** A value of signature type `type` as the answer's JSON. */
    static String encode(Object answer, String type) {
        switch (type) {
            case "void": return "null";
            case "ListNode": case "TreeNode": return answer == null ? "[]" : CcJudge.encode(answer);
            case "ListNode[]": case "TreeNode[]": case "list<ListNode>": case "list<TreeNode>": return CcJudge.encodeNodes(answer);
            case "uint32": return CcJudge.encodeUnsigned(((Number) answer).intValue());
            case "NextNode": return CcNodes.encodeNext(answer);
            case "RandomNode": return CcNodes.encodeRandom(answer);
            case "GraphNode": return CcNodes.encodeGraph(answer);
            default: return CcJudge.encode(answer);
        }
    }

    /** The JSON value `json` as the Java value of the signature type `type`. */
    static Object decode(Object json, String type) {
        switch (type) {
            case "integer": return CcJudge.i(json);
            case "uint32": return CcJudge.u(json);
            case "NextNode": case "RandomNode": case "GraphNode": return decodeNode(json, type);
            case "long": return CcJudge.l(json);
            case "double": return CcJudge.d(json);
            case "boolean": return CcJudge.b(json);
            case "string": return CcJudge.s(json);
            case "character": return CcJudge.c(json);
            case "ListNode": return CcJudge.listNode(json);
            case "TreeNode": return CcJudge.treeNode(json);
            case "integer[]": return CcJudge.intArray(json);
            case "long[]": return CcJudge.longArray(json);
            case "double[]": return CcJudge.doubleArray(json);
            case "boolean[]": return CcJudge.booleanArray(json);
            case "character[]": return CcJudge.charArray(json);
            default: break;
        }
        if (type.startsWith("list<") && type.endsWith(">")) {
            String inner = type.substring(5, type.length() - 1);
            List<Object> out = new ArrayList<>();
            for (Object x : CcJudge.items(json)) out.add(decode(x, inner));
            return out;
        }
        if (type.endsWith("[]")) {
            String inner = type.substring(0, type.length() - 2);
            List<Object> items = CcJudge.items(json);
            Object array = Array.newInstance(classOf(inner), items.size());
            for (int k = 0; k < items.size(); k++) Array.set(array, k, decode(items.get(k), inner));
            return array;
        }
        throw new IllegalArgumentException("no decoder for type " + type);
    }

    static Object decodeNode(Object json, String type) {
        Class<?> c = CcNodes.classFor(type, kotlin());
        switch (type) {
            case "NextNode": return CcNodes.nextNode(json, c);
            case "RandomNode": return CcNodes.randomNode(json, c);
            default: return CcNodes.graphNode(json, c);
        }
    }

    /** The Java class of a signature type. */
    static Class<?> classOf(String type) {
        switch (type) {
            case "integer": case "uint32": return int.class;
            case "NextNode": case "RandomNode": case "GraphNode": return CcNodes.classFor(type, kotlin());
            case "long": return long.class;
            case "double": return double.class;
            case "boolean": return boolean.class;
            case "string": return String.class;
            case "character": return char.class;
            case "ListNode": return ListNode.class;
            case "TreeNode": return TreeNode.class;
            default: break;
        }
        if (type.startsWith("list<")) return List.class;
        if (type.endsWith("[]")) return Array.newInstance(classOf(type.substring(0, type.length() - 2)), 0).getClass();
        throw new IllegalArgumentException("no class for type " + type);
    }
}
