import java.lang.reflect.*;
import java.nio.file.*;
import java.util.*;

/**
 * The driver of design questions for the JVM languages (Java and Kotlin): the user writes a class;
 * each test is LeetCode's pair of lists, the calls' names and their arguments, the first call the
 * constructor. The class, its constructor and its methods are found by reflection from tests.json's
 * header (`class`, `params`, `methods`) and called in order; the answer is one value per call, null
 * for the constructor and for void methods. A missing or wrong-typed method is a runtime error
 * naming it.
 */
public final class CcDesign {
    private CcDesign() {}

    /** Runs the design question of tests.json at `testsPath`. */
    @SuppressWarnings("unchecked")
    public static void main(String testsPath) throws Exception {
        main(testsPath, (Map<String, Object>) CcJudge.parse(Files.readString(Path.of(testsPath))));
    }

    /** One method of the class: where it is (null when missing), the question's types and why it is missing. */
    static final class Call {
        Executable target;
        List<String> params;
        String returns;
        String missing;
    }

    @SuppressWarnings("unchecked")
    public static void main(String testsPath, Map<String, Object> spec) throws Exception {
        String className = (String) spec.get("class");
        Class<?> type = null;
        try {
            type = Class.forName(className);
        } catch (ClassNotFoundException | LinkageError e) {
            // every test reports it
        }
        Map<String, Call> calls = new HashMap<>();
        Call constructor = new Call();
        constructor.params = CcReflect.types(spec.get("params"));
        constructor.returns = "void";
        if (type == null) {
            constructor.missing = "the solution has no class " + className;
        } else {
            for (Constructor<?> c : type.getDeclaredConstructors()) {
                if (!c.isSynthetic() && c.getParameterCount() == constructor.params.size()) { c.setAccessible(true); constructor.target = c; }
            }
            if (constructor.target == null) constructor.missing = className + " has no constructor with " + count(constructor.params.size());
        }
        Map<String, Object> methods = spec.get("methods") == null ? Map.of() : (Map<String, Object>) spec.get("methods");
        for (Map.Entry<String, Object> entry : methods.entrySet()) {
            Map<String, Object> declared = (Map<String, Object>) entry.getValue();
            Call call = new Call();
            call.params = CcReflect.types(declared.get("params"));
            call.returns = declared.get("returns") == null ? "void" : (String) declared.get("returns");
            String name = entry.getKey();
            if (type != null) call.target = method(type, name, call.params);
            if (call.target == null) call.missing = className + " has no method " + name + " with " + count(call.params.size());
            calls.put(name, call);
        }
        CcJudge.main(testsPath, args -> {
            List<Object> names = CcJudge.items(args.get(0)), arguments = CcJudge.items(args.get(1));
            StringBuilder out = new StringBuilder("[");
            Object object = null;
            for (int k = 0; k < names.size(); k++) {
                String name = (String) names.get(k);
                Call call = k == 0 ? constructor : calls.get(name);
                if (call == null) throw new CcJudge.Failure("the question calls " + name + ", which it does not declare");
                if (call.missing != null) throw new CcJudge.Failure(call.missing);
                List<Object> json = CcJudge.items(arguments.get(k));
                Object[] values = new Object[call.params.size()];
                for (int n = 0; n < values.length; n++) values[n] = CcReflect.decode(json.get(n), call.params.get(n));
                Object result;
                try {
                    if (call.target instanceof Constructor) result = ((Constructor<?>) call.target).newInstance(values);
                    else result = ((Method) call.target).invoke(object, values);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                } catch (IllegalArgumentException e) {
                    throw new CcJudge.Failure((k == 0 ? className + "'s constructor" : className + "." + name)
                        + " does not take (" + String.join(", ", call.params) + "): " + e.getMessage());
                }
                if (k == 0) object = result;
                if (k > 0) out.append(',');
                out.append(k == 0 ? "null" : CcReflect.encode(result, call.returns));
            }
            return out.append(']').toString();
        });
    }

    static String count(int n) { return n + (n == 1 ? " parameter" : " parameters"); }

    /**
     * The method `name` of `type` taking the question's parameter types (`params`), public or not,
     * its own before its superclasses' (an LRUCache extending LinkedHashMap has its get(int) and
     * the map's get(Object)); failing an exact match, the first with as many parameters.
     */
    static Method method(Class<?> type, String name, List<String> params) {
        List<Method> candidates = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                if (m.getName().equals(name) && m.getParameterCount() == params.size() && !m.isSynthetic()) candidates.add(m);
            }
        }
        for (Method m : type.getMethods()) {
            if (m.getName().equals(name) && m.getParameterCount() == params.size() && !m.isBridge()) candidates.add(m);
        }
        Method best = null;
        for (Method m : candidates) {
            if (takes(m, params)) { best = m; break; }
        }
        if (best == null && !candidates.isEmpty()) best = candidates.get(0);
        if (best != null) best.setAccessible(true);
        return best;
    }

    static boolean takes(Method m, List<String> params) {
        Class<?>[] types = m.getParameterTypes();
        for (int k = 0; k < types.length; k++) {
            Class<?> wanted;
            try { wanted = CcReflect.classOf(params.get(k)); } catch (RuntimeException e) { return false; }
            if (!(types[k] == wanted || (!wanted.isPrimitive() && types[k].isAssignableFrom(wanted)))) return false;
        }
        return true;
    }
}
