import java.lang.reflect.*;
import java.nio.file.*;
import java.util.*;

/**
 * The driver of the JVM languages other than Java (Kotlin): it finds the method the question's
 * signature names on the compiled `Solution` class and calls it by reflection, a fresh instance per
 * test, decoding each argument by its signature type (`integer[]` is an int[], `list<string>` a
 * java.util.List, ...). Run as `java CcReflect tests.json FILE`, FILE being the user's source file,
 * whose frames a runtime error shows.
 */
public final class CcReflect {
    private CcReflect() {}

    @SuppressWarnings("unchecked")
    public static void main(String[] argv) throws Exception {
        if (argv.length > 1) CcJudge.userFile = argv[1];
        Map<String, Object> spec = (Map<String, Object>) CcJudge.parse(Files.readString(Path.of(argv[0])));
        String function = (String) spec.get("function");
        List<String> params = new ArrayList<>();
        for (Object p : CcJudge.items(spec.get("params"))) params.add((String) p);
        String returns = (String) spec.get("returns");
        Class<?> solution = Class.forName("Solution");
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
            Object[] values = new Object[params.size()];
            for (int k = 0; k < values.length; k++) values[k] = decode(args.get(k), params.get(k));
            Object answer;
            try {
                answer = call.invoke(isStatic ? null : make.newInstance(), values);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (returns.equals("void")) return "null";
            if (answer == null && (returns.equals("ListNode") || returns.equals("TreeNode"))) return "[]";
            return CcJudge.encode(answer);
        });
    }

    /** The JSON value `json` as the Java value of the signature type `type`. */
    static Object decode(Object json, String type) {
        switch (type) {
            case "integer": return CcJudge.i(json);
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

    /** The Java class of a signature type. */
    static Class<?> classOf(String type) {
        switch (type) {
            case "integer": return int.class;
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
