// The CloneCode judge's driver for C# solutions, compiled once into the runner image with Mono:
//
//     mono --debug /opt/clonecode/csharp/CcDriver.exe tests.json solution.dll
//
// It loads the solution (compiled with a reference to this assembly, which defines ListNode and
// TreeNode as LeetCode does; a question's Node comes compiled with the solution) and reads the
// signature from tests.json's header. A function question: it finds the method the signature names
// (LeetCode's C# names are PascalCase: twoSum is TwoSum) and calls it on a fresh Solution per test
// with arguments decoded by the signature's types (or made by a builder), judging the returned
// value, the parameter changed in place, or an array's first k elements. A design question: it
// constructs the user's class and makes the test's calls by name. Each test's result goes on file
// descriptor 3 as one JSON line, the same protocol as the other drivers.
using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Reflection;
using System.Runtime.ExceptionServices;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;

/// <summary>Singly-linked list node, as LeetCode defines it for C#.</summary>
public class ListNode {
    public int val;
    public ListNode next;
    public ListNode(int val = 0, ListNode next = null) { this.val = val; this.next = next; }
}

/// <summary>Binary tree node, as LeetCode defines it for C#.</summary>
public class TreeNode {
    public int val;
    public TreeNode left;
    public TreeNode right;
    public TreeNode(int val = 0, TreeNode left = null, TreeNode right = null) { this.val = val; this.left = left; this.right = right; }
}

public static class CcDriver {
    const int Kept = 64 * 1024;
    const long Total = 8L * 1024 * 1024;

    sealed class OutputLimit : Exception {}

    /// <summary>An error of the solution's answer (not of its code), shown with its message alone.</summary>
    internal sealed class Failure : Exception { public Failure(string message) : base(message) {} }

    [DllImport("libc", SetLastError = true)]
    static extern IntPtr write(int fd, byte[] data, IntPtr count);

    /// <summary>Descriptor 3, the report pipe: written with write(2), since Mono's streams take only handles it opened.</summary>
    sealed class Report {
        public void WriteLine(string line) {
            var bytes = new UTF8Encoding(false).GetBytes(line + "\n");
            int done = 0;
            while (done < bytes.Length) {
                var chunk = new byte[bytes.Length - done];
                Array.Copy(bytes, done, chunk, 0, chunk.Length);
                long n = (long)write(3, chunk, (IntPtr)chunk.Length);
                if (n <= 0) return;
                done += (int)n;
            }
        }
    }

    /// <summary>What the solution prints: kept per test, counted over the whole run.</summary>
    sealed class Capture : TextWriter {
        public readonly StringBuilder KeptText = new StringBuilder();
        long total;
        public override Encoding Encoding { get { return Encoding.UTF8; } }
        public override void Write(char value) {
            if (++total > Total) throw new OutputLimit();
            if (KeptText.Length < Kept) KeptText.Append(value);
        }
        public override void Write(string value) {
            if (value == null) return;
            total += value.Length;
            if (total > Total) throw new OutputLimit();
            int room = Kept - KeptText.Length;
            if (room > 0) KeptText.Append(value, 0, Math.Min(room, value.Length));
        }
    }

    /// <summary>One test: its answer's JSON from its input, and the time the solution's calls took.</summary>
    delegate string Test(List<object> input, out double ms);

    /// <summary>Set by a test whose answer is wrong whatever its JSON (a "copy" holding the input's nodes).</summary>
    internal static string Wrong;

    public static int Main(string[] argv) {
        var report = new Report();
        var spec = (Dictionary<string, object>)Json.Parse(File.ReadAllText(argv[0]));
        var inputs = (List<object>)spec["inputs"];
        var assembly = Assembly.LoadFrom(argv[1]);
        Nodes.Type = assembly.GetType("Node");
        Test test;
        var problem = spec.ContainsKey("class") ? Design(spec, assembly, out test) : Function(spec, assembly, out test);
        if (problem != null) {
            // A design class that does not match the question would not compile on LeetCode, where the
            // driver calls it directly; a function without its method is the test's error, as before.
            report.WriteLine(spec.ContainsKey("class") ? "{\"compile_error\":" + Json.Quote(problem) + "}"
                : "{\"i\":0,\"error\":" + Json.Quote(problem) + "}");
            return 0;
        }
        var capture = new Capture();
        var realOut = Console.Out;
        report.WriteLine("");  // ready: the solution is loaded, the tests begin (the runner's clock)
        // Solutions recurse deeply: the tests run on a thread with a 64 MB stack, as in Java.
        var worker = new Thread(() => {
            for (int k = 0; k < inputs.Count; k++) {
                capture.KeptText.Clear();
                Console.SetOut(capture);
                Wrong = null;
                try {
                    double ms;
                    var outText = test((List<object>)inputs[k], out ms);
                    Console.SetOut(realOut);
                    report.WriteLine("{\"i\":" + k + ",\"ms\":" + ms.ToString("0.###", CultureInfo.InvariantCulture)
                        + ",\"out\":" + Json.Quote(outText) + (Wrong == null ? "" : ",\"wrong\":" + Json.Quote(Wrong))
                        + ",\"stdout\":" + Json.Quote(capture.KeptText.ToString()) + "}");
                } catch (OutputLimit) {
                    Console.SetOut(realOut);
                    report.WriteLine("{\"i\":" + k + ",\"output_limit\":true}");
                    return;
                } catch (Exception e) {
                    Console.SetOut(realOut);
                    report.WriteLine("{\"i\":" + k + ",\"error\":" + Json.Quote(Describe(e)) + ",\"stdout\":" + Json.Quote(capture.KeptText.ToString()) + "}");
                    return;
                }
            }
        }, 64 * 1024 * 1024);
        worker.Start();
        worker.Join();
        return 0;
    }

    static List<string> Strings(object json) { return ((List<object>)json).ConvertAll(p => (string)p); }

    /// <summary>A function question: Solution's method, called on a fresh Solution per test. The answer is
    /// the returned value, or the parameter changed in place, or the first k elements of an array (k
    /// returned), or under a builder (lists with a cycle, two lists sharing nodes) a returned node's position.</summary>
    static string Function(Dictionary<string, object> spec, Assembly assembly, out Test test) {
        test = null;
        var name = (string)spec["function"];
        var pascal = char.ToUpperInvariant(name[0]) + name.Substring(1);
        var types = Strings(spec["params"]);
        var returns = (string)spec["returns"];
        int inplace = spec.ContainsKey("inplace") ? Convert.ToInt32(spec["inplace"]) : -1;
        int prefix = spec.ContainsKey("prefix") ? Convert.ToInt32(spec["prefix"]) : -1;
        var build = spec.ContainsKey("build") ? (string)spec["build"] : null;
        var solution = assembly.GetType("Solution");
        MethodInfo method = null;
        if (solution != null) {
            foreach (var m in solution.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static)) {
                if ((m.Name == pascal || m.Name == name) && m.GetParameters().Length == types.Count) method = m;
            }
        }
        if (method == null) return "Solution has no public method " + pascal + " with " + types.Count + " parameters";
        test = (List<object> args, out double ms) => {
            object[] values;
            ListNode[] first = null;
            if (build == "cycle") values = Builders.Cycle(args, out first);
            else if (build == "intersection") values = Builders.Intersection(args, out first);
            else {
                values = new object[types.Count];
                for (int a = 0; a < values.Length; a++) values[a] = Decode(args[a], types[a]);
            }
            var target = method.IsStatic ? null : Activator.CreateInstance(solution);
            var watch = Stopwatch.StartNew();
            var answer = Invoke(method, target, values);
            ms = watch.Elapsed.TotalMilliseconds;
            if (inplace >= 0) return Encode(values[inplace], types[inplace]);
            if (prefix >= 0) return Prefix(values[prefix], Convert.ToInt32(answer), method.GetParameters()[prefix].Name);
            if (build != null && returns == "ListNode") return Builders.Position((ListNode)answer, first);
            return Encode(answer, returns);
        };
        return null;
    }

    /// <summary>A design question: the user's class, constructed by a test's first call, then called by name.
    /// The answer holds one value per call: null for the constructor and void methods.</summary>
    static string Design(Dictionary<string, object> spec, Assembly assembly, out Test test) {
        test = null;
        var className = (string)spec["class"];
        var type = assembly.GetType(className);
        if (type == null) return "the solution has no public class " + className;
        var ctorTypes = Strings(spec["params"]);
        ConstructorInfo ctor = null;
        foreach (var c in type.GetConstructors()) if (c.GetParameters().Length == ctorTypes.Count) ctor = c;
        if (ctor == null) return className + " has no public constructor with " + ctorTypes.Count + " parameter" + (ctorTypes.Count == 1 ? "" : "s");
        var ctorWrong = Mismatch(ctor, ctorTypes, null);
        if (ctorWrong != null) return "the constructor of " + className + " " + ctorWrong;
        var methods = new Dictionary<string, MethodInfo>();
        var paramTypes = new Dictionary<string, List<string>>();
        var returnTypes = new Dictionary<string, string>();
        foreach (var entry in (Dictionary<string, object>)spec["methods"]) {
            var declared = (Dictionary<string, object>)entry.Value;
            var name = entry.Key;
            var pascal = char.ToUpperInvariant(name[0]) + name.Substring(1);
            var types = Strings(declared["params"]);
            MethodInfo found = null;
            foreach (var m in type.GetMethods(BindingFlags.Public | BindingFlags.Instance)) {
                if ((m.Name == pascal || m.Name == name) && m.GetParameters().Length == types.Count) found = m;
            }
            if (found == null) return className + " has no public method " + pascal + " with " + types.Count + " parameter" + (types.Count == 1 ? "" : "s");
            var returns = (string)declared["returns"];
            var wrong = Mismatch(found, types, returns);
            if (wrong != null) return className + "." + found.Name + " " + wrong;
            methods[name] = found;
            paramTypes[name] = types;
            returnTypes[name] = returns;
        }
        test = (List<object> input, out double ms) => {
            var calls = Strings(input[0]);
            var argLists = (List<object>)input[1];
            var out_ = new List<string>();
            object target = null;
            ms = 0;
            for (int k = 0; k < calls.Count; k++) {
                var args = (List<object>)argLists[k];
                if (k == 0) {
                    if (calls[0] != className) throw new InvalidOperationException("the first call must construct " + className + ", not call " + calls[0]);
                    var values = new object[ctorTypes.Count];
                    for (int a = 0; a < values.Length; a++) values[a] = Decode(args[a], ctorTypes[a]);
                    var watch = Stopwatch.StartNew();
                    try {
                        target = ctor.Invoke(values);
                    } catch (TargetInvocationException e) {
                        ExceptionDispatchInfo.Capture(e.InnerException).Throw();
                        throw;
                    }
                    ms += watch.Elapsed.TotalMilliseconds;
                    out_.Add("null");
                    continue;
                }
                MethodInfo method;
                if (!methods.TryGetValue(calls[k], out method)) throw new InvalidOperationException("call " + k + ": " + className + " has no method " + calls[k]);
                var types = paramTypes[calls[k]];
                var callValues = new object[types.Count];
                for (int a = 0; a < callValues.Length; a++) callValues[a] = Decode(args[a], types[a]);
                var callWatch = Stopwatch.StartNew();
                var answer = Invoke(method, target, callValues);
                ms += callWatch.Elapsed.TotalMilliseconds;
                out_.Add(Encode(answer, returnTypes[calls[k]]));
            }
            return "[" + string.Join(",", out_) + "]";
        };
        return null;
    }

    /// <summary>How a method's declared types differ from the signature's (null: they do not), in C#'s names.</summary>
    static string Mismatch(MethodBase method, List<string> types, string returns) {
        var parameters = method.GetParameters();
        for (int a = 0; a < parameters.Length; a++) {
            var expected = TypeOf(types[a]);
            if (parameters[a].ParameterType != expected)
                return "takes " + Name(parameters[a].ParameterType) + " " + parameters[a].Name + ", but the question passes " + Name(expected);
        }
        var info = method as MethodInfo;
        if (info != null && returns != null) {
            var expected = returns == "void" ? typeof(void) : TypeOf(returns);
            if (info.ReturnType != expected) return "returns " + Name(info.ReturnType) + ", but the question expects " + Name(expected);
        }
        return null;
    }

    /// <summary>A type as C# code writes it: int[], IList<string>.</summary>
    static string Name(Type type) {
        if (type == typeof(void)) return "void";
        if (type == typeof(int)) return "int";
        if (type == typeof(uint)) return "uint";
        if (type == typeof(long)) return "long";
        if (type == typeof(double)) return "double";
        if (type == typeof(bool)) return "bool";
        if (type == typeof(string)) return "string";
        if (type == typeof(char)) return "char";
        if (type.IsArray) return Name(type.GetElementType()) + "[]";
        if (type.IsGenericType) {
            var name = type.Name.Substring(0, type.Name.IndexOf('`'));
            return name + "<" + string.Join(", ", Array.ConvertAll(type.GetGenericArguments(), Name)) + ">";
        }
        return type.Name;
    }

    /// <summary>Calls the solution; its exception comes out as itself, with the user's frames.</summary>
    static object Invoke(MethodInfo method, object target, object[] values) {
        try {
            return method.Invoke(target, values);
        } catch (TargetInvocationException e) {
            ExceptionDispatchInfo.Capture(e.InnerException).Throw();  // keeps the user's frames
            throw;
        }
    }

    /// <summary>A returned value as the JSON of its signature type.</summary>
    static string Encode(object answer, string returns) {
        switch (returns) {
            case "void": return "null";
            case "ListNode": case "TreeNode": return answer == null ? "[]" : Json.Encode(answer);
            case "NextNode": return Nodes.EncodeNext(answer);
            case "RandomNode": return Nodes.EncodeRandom(answer);
            case "GraphNode": return Nodes.EncodeGraph(answer);
        }
        return Json.Encode(answer);
    }

    /// <summary>The first k elements of the array (or list) parameter `name`.</summary>
    static string Prefix(object array, int k, string name) {
        var items = new List<object>();
        foreach (var x in (IEnumerable)array) items.Add(x);
        if (k < 0 || k > items.Count) throw new Failure("returned k = " + k + ", but " + name + " has " + items.Count + " element" + (items.Count == 1 ? "" : "s"));
        return Json.Encode(items.GetRange(0, k));
    }

    /// <summary>The exception as LeetCode shows it: its type and message, then the user's lines.</summary>
    static string Describe(Exception e) {
        if (e is Failure) return e.Message;
        var text = new StringBuilder(e.GetType().FullName + ": " + e.Message);
        foreach (var frame in new StackTrace(e, true).GetFrames() ?? new StackFrame[0]) {
            var file = frame.GetFileName();
            if (file == null || !file.EndsWith("Solution.cs") || frame.GetFileLineNumber() <= 0) continue;
            var m = frame.GetMethod();
            text.Append("\n  at line ").Append(frame.GetFileLineNumber()).Append(", ").Append(m.DeclaringType.Name).Append('.').Append(m.Name);
        }
        return text.ToString();
    }

    /// <summary>The JSON value as the C# value of a signature type.</summary>
    public static object Decode(object json, string type) {
        switch (type) {
            case "integer": return Convert.ToInt32(json);
            case "uint32": return Convert.ToUInt32(json);
            case "long": return Convert.ToInt64(json);
            case "double": return Convert.ToDouble(json, CultureInfo.InvariantCulture);
            case "boolean": return (bool)json;
            case "string": return (string)json;
            case "character": { var s = (string)json; return s.Length == 0 ? '\0' : s[0]; }
            case "ListNode": {
                ListNode head = new ListNode(), tail = head;
                foreach (var x in (List<object>)json) { tail.next = new ListNode(Convert.ToInt32(x)); tail = tail.next; }
                return head.next;
            }
            case "TreeNode": {
                var v = (List<object>)json;
                if (v.Count == 0 || v[0] == null) return null;
                var root = new TreeNode(Convert.ToInt32(v[0]));
                var queue = new Queue<TreeNode>();
                queue.Enqueue(root);
                int k = 1;
                while (queue.Count > 0 && k < v.Count) {
                    var n = queue.Dequeue();
                    if (k < v.Count && v[k] != null) { n.left = new TreeNode(Convert.ToInt32(v[k])); queue.Enqueue(n.left); }
                    k++;
                    if (k < v.Count && v[k] != null) { n.right = new TreeNode(Convert.ToInt32(v[k])); queue.Enqueue(n.right); }
                    k++;
                }
                return root;
            }
            case "NextNode": return Nodes.DecodeNext(json);
            case "RandomNode": return Nodes.DecodeRandom(json);
            case "GraphNode": return Nodes.DecodeGraph(json);
        }
        if (type.StartsWith("list<") && type.EndsWith(">")) {
            var inner = type.Substring(5, type.Length - 6);
            var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(TypeOf(inner)));
            foreach (var x in (List<object>)json) list.Add(Decode(x, inner));
            return list;
        }
        if (type.EndsWith("[]")) {
            var inner = type.Substring(0, type.Length - 2);
            var items = (List<object>)json;
            var array = Array.CreateInstance(TypeOf(inner), items.Count);
            for (int k = 0; k < items.Count; k++) array.SetValue(Decode(items[k], inner), k);
            return array;
        }
        throw new ArgumentException("no decoder for type " + type);
    }

    /// <summary>The C# type of a signature type, as LeetCode's C# stubs write it.</summary>
    static Type TypeOf(string type) {
        switch (type) {
            case "integer": return typeof(int);
            case "uint32": return typeof(uint);
            case "long": return typeof(long);
            case "double": return typeof(double);
            case "boolean": return typeof(bool);
            case "string": return typeof(string);
            case "character": return typeof(char);
            case "ListNode": return typeof(ListNode);
            case "TreeNode": return typeof(TreeNode);
            case "NextNode": case "RandomNode": case "GraphNode": return Nodes.Type;
        }
        if (type.StartsWith("list<")) return typeof(IList<>).MakeGenericType(TypeOf(type.Substring(5, type.Length - 6)));
        if (type.EndsWith("[]")) return TypeOf(type.Substring(0, type.Length - 2)).MakeArrayType();
        throw new ArgumentException("no type for " + type);
    }
}

/// <summary>The arguments of questions whose input is not the method's arguments: lists made by a builder.</summary>
static class Builders {
    static ListNode[] Chain(List<object> values) {
        var nodes = new ListNode[values.Count];
        for (int k = 0; k < nodes.Length; k++) nodes[k] = new ListNode(Convert.ToInt32(values[k]));
        for (int k = 0; k + 1 < nodes.Length; k++) nodes[k].next = nodes[k + 1];
        return nodes;
    }

    /// <summary>[values, pos]: a list whose tail links back to node pos (-1: no cycle).</summary>
    public static object[] Cycle(List<object> args, out ListNode[] nodes) {
        nodes = Chain((List<object>)args[0]);
        int pos = Convert.ToInt32(args[1]);
        if (pos >= 0 && pos < nodes.Length) nodes[nodes.Length - 1].next = nodes[pos];
        return new object[] { nodes.Length == 0 ? null : nodes[0] };
    }

    /// <summary>[intersectVal, listA, listB, skipA, skipB]: two lists sharing their nodes from listA[skipA] on
    /// (none when intersectVal is 0).</summary>
    public static object[] Intersection(List<object> args, out ListNode[] a) {
        a = Chain((List<object>)args[1]);
        var valuesB = (List<object>)args[2];
        bool shared = Convert.ToInt32(args[0]) != 0;
        int skipA = Convert.ToInt32(args[3]), skipB = Convert.ToInt32(args[4]);
        var b = Chain(shared ? valuesB.GetRange(0, Math.Min(skipB, valuesB.Count)) : valuesB);
        ListNode tail = shared && skipA < a.Length ? a[skipA] : null;
        if (shared && b.Length > 0) b[b.Length - 1].next = tail;
        return new object[] { a.Length == 0 ? null : a[0], b.Length > 0 ? b[0] : tail };
    }

    /// <summary>A returned node judged by identity: its position in the first list, null, or -1 when it is no node of it.</summary>
    public static string Position(ListNode node, ListNode[] first) {
        if (node == null) return "null";
        return Array.FindIndex(first, n => ReferenceEquals(n, node)).ToString(CultureInfo.InvariantCulture);
    }
}

/// <summary>LeetCode's three Node classes, by reflection: the one the question needs is compiled with the
/// solution (language.json's "nodes" part appends its definition), so the driver finds it by name. The nodes
/// made for a test's input are remembered: a copy (#138, #133) must hold none of them.</summary>
static class Nodes {
    public static Type Type;
    static Dictionary<object, int> input = new Dictionary<object, int>(new Identity());

    sealed class Identity : IEqualityComparer<object> {
        public new bool Equals(object a, object b) { return ReferenceEquals(a, b); }
        public int GetHashCode(object o) { return System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(o); }
    }

    static FieldInfo Field(string name) {
        if (Type == null) throw new InvalidOperationException("the solution has no class Node");
        var f = Type.GetField(name);
        if (f == null) throw new InvalidOperationException("class Node has no public field " + name);
        return f;
    }

    static object Make(object value) { return Activator.CreateInstance(Type, new object[] { Convert.ToInt32(value) }); }
    static int Val(object node) { return (int)Field("val").GetValue(node); }
    static object Get(object node, string field) { return Field(field).GetValue(node); }
    static void Set(object node, string field, object value) { Field(field).SetValue(node, value); }

    static void Remember(object[] nodes) {
        input = new Dictionary<object, int>(new Identity());
        for (int k = 0; k < nodes.Length; k++) input[nodes[k]] = k;
    }

    /// <summary>A level-order tree (as TreeNode's) with every next null.</summary>
    public static object DecodeNext(object json) {
        var v = (List<object>)json;
        if (v.Count == 0 || v[0] == null) return null;
        var root = Make(v[0]);
        var queue = new Queue<object>();
        queue.Enqueue(root);
        int k = 1;
        while (queue.Count > 0 && k < v.Count) {
            var n = queue.Dequeue();
            if (k < v.Count && v[k] != null) { var c = Make(v[k]); Set(n, "left", c); queue.Enqueue(c); }
            k++;
            if (k < v.Count && v[k] != null) { var c = Make(v[k]); Set(n, "right", c); queue.Enqueue(c); }
            k++;
        }
        return root;
    }

    /// <summary>The levels read through next, "#" after each; a level starts at the first child of the one above.</summary>
    public static string EncodeNext(object root) {
        var out_ = new List<string>();
        int count = 0;
        for (var first = root; first != null;) {
            object below = null;
            for (var p = first; p != null; p = Get(p, "next")) {
                if (++count > 1000000) throw new CcDriver.Failure("the next pointers go round in a cycle (more than 10^6 nodes)");
                out_.Add(Val(p).ToString(CultureInfo.InvariantCulture));
                if (below == null) below = Get(p, "left") ?? Get(p, "right");
            }
            out_.Add("\"#\"");
            first = below;
        }
        return "[" + string.Join(",", out_) + "]";
    }

    /// <summary>[[val, random index or null], ...] in next order.</summary>
    public static object DecodeRandom(object json) {
        var v = (List<object>)json;
        var nodes = new object[v.Count];
        for (int k = 0; k < nodes.Length; k++) nodes[k] = Make(((List<object>)v[k])[0]);
        for (int k = 0; k < nodes.Length; k++) {
            if (k + 1 < nodes.Length) Set(nodes[k], "next", nodes[k + 1]);
            var random = ((List<object>)v[k])[1];
            if (random != null) Set(nodes[k], "random", nodes[Convert.ToInt32(random)]);
        }
        Remember(nodes);
        return nodes.Length == 0 ? null : nodes[0];
    }

    public static string EncodeRandom(object head) {
        var index = new Dictionary<object, int>(new Identity());
        var order = new List<object>();
        for (var p = head; p != null; p = Get(p, "next")) {
            if (index.ContainsKey(p)) throw new CcDriver.Failure("the returned list has a cycle: node " + order.Count + " (val " + Val(p) + ") is node " + index[p] + " again");
            index[p] = order.Count;
            order.Add(p);
        }
        var b = new StringBuilder("[");
        for (int k = 0; k < order.Count; k++) {
            var n = order[k];
            if (CcDriver.Wrong == null && input.ContainsKey(n)) CcDriver.Wrong = "the answer's node " + k + " (val " + Val(n) + ") is a node of the input: not a copy";
            if (k > 0) b.Append(',');
            b.Append('[').Append(Val(n).ToString(CultureInfo.InvariantCulture)).Append(',');
            var random = Get(n, "random");
            if (random == null) b.Append("null");
            else if (index.ContainsKey(random)) b.Append(index[random].ToString(CultureInfo.InvariantCulture));
            else if (input.ContainsKey(random)) {
                if (CcDriver.Wrong == null) CcDriver.Wrong = "the answer's node " + k + " (val " + Val(n) + ") has a random pointer to node " + input[random] + " of the input: not a copy";
                b.Append(input[random].ToString(CultureInfo.InvariantCulture));
            } else throw new CcDriver.Failure("the answer's node " + k + " (val " + Val(n) + ") has a random pointer to a node that is not in the returned list");
            b.Append(']');
        }
        return b.Append(']').ToString();
    }

    /// <summary>An adjacency list: entry i holds node i+1's neighbours' values; the method gets node 1.</summary>
    public static object DecodeGraph(object json) {
        var v = (List<object>)json;
        var nodes = new object[v.Count];
        for (int k = 0; k < nodes.Length; k++) nodes[k] = Make(k + 1);
        var listType = typeof(List<>).MakeGenericType(Type);
        for (int k = 0; k < nodes.Length; k++) {
            var neighbors = (IList)Activator.CreateInstance(listType);
            foreach (var x in (List<object>)v[k]) neighbors.Add(nodes[Convert.ToInt32(x) - 1]);
            Set(nodes[k], "neighbors", neighbors);
        }
        Remember(nodes);
        return nodes.Length == 0 ? null : nodes[0];
    }

    /// <summary>Every node reachable from the answer, ordered by val, each with its neighbours' values.</summary>
    public static string EncodeGraph(object start) {
        if (start == null) return "[]";
        var seen = new HashSet<object>(new Identity()) { start };
        var found = new List<object>();
        var queue = new Queue<object>();
        queue.Enqueue(start);
        while (queue.Count > 0) {
            var n = queue.Dequeue();
            found.Add(n);
            if (found.Count > 1000000) throw new CcDriver.Failure("the returned graph has more than 10^6 nodes");
            foreach (var m in Neighbors(n)) {
                if (m == null) throw new CcDriver.Failure("the answer's node with val " + Val(n) + " has a null neighbour");
                if (seen.Add(m)) queue.Enqueue(m);
            }
        }
        var sorted = new List<object>(found);
        var vals = sorted.ConvertAll(Val);
        var order = new int[sorted.Count];
        for (int k = 0; k < order.Length; k++) order[k] = k;
        Array.Sort(order, (x, y) => vals[x] != vals[y] ? vals[x].CompareTo(vals[y]) : x.CompareTo(y));
        var b = new StringBuilder("[");
        for (int k = 0; k < order.Length; k++) {
            var n = sorted[order[k]];
            if (CcDriver.Wrong == null && input.ContainsKey(n)) CcDriver.Wrong = "the answer's node with val " + Val(n) + " is a node of the input: not a copy";
            if (k > 0) b.Append(',');
            b.Append('[');
            bool first = true;
            foreach (var m in Neighbors(n)) {
                if (!first) b.Append(',');
                first = false;
                b.Append(Val(m).ToString(CultureInfo.InvariantCulture));
            }
            b.Append(']');
        }
        return b.Append(']').ToString();
    }

    static IEnumerable<object> Neighbors(object node) {
        var list = Get(node, "neighbors") as IEnumerable;
        if (list == null) yield break;
        foreach (var m in list) yield return m;
    }
}

/// <summary>JSON in (test data) and canonical JSON out (answers).</summary>
public static class Json {
    public static object Parse(string text) { int i = 0; return Value(text, ref i); }

    static void Space(string s, ref int i) { while (i < s.Length && char.IsWhiteSpace(s[i])) i++; }

    static object Value(string s, ref int i) {
        Space(s, ref i);
        char c = s[i];
        if (c == '[') {
            i++;
            var items = new List<object>();
            Space(s, ref i);
            if (s[i] == ']') { i++; return items; }
            for (;;) { items.Add(Value(s, ref i)); Space(s, ref i); if (s[i++] == ']') return items; }
        }
        if (c == '{') {
            i++;
            var map = new Dictionary<string, object>();
            Space(s, ref i);
            if (s[i] == '}') { i++; return map; }
            for (;;) {
                Space(s, ref i);
                var key = (string)Value(s, ref i);
                Space(s, ref i);
                i++;
                map[key] = Value(s, ref i);
                Space(s, ref i);
                if (s[i++] == '}') return map;
            }
        }
        if (c == '"') {
            i++;
            var b = new StringBuilder();
            for (char d; (d = s[i++]) != '"';) {
                if (d != '\\') { b.Append(d); continue; }
                char e = s[i++];
                switch (e) {
                    case 'n': b.Append('\n'); break;
                    case 't': b.Append('\t'); break;
                    case 'r': b.Append('\r'); break;
                    case 'b': b.Append('\b'); break;
                    case 'f': b.Append('\f'); break;
                    case 'u': b.Append((char)Convert.ToInt32(s.Substring(i, 4), 16)); i += 4; break;
                    default: b.Append(e); break;
                }
            }
            return b.ToString();
        }
        if (string.CompareOrdinal(s, i, "true", 0, 4) == 0) { i += 4; return true; }
        if (string.CompareOrdinal(s, i, "false", 0, 5) == 0) { i += 5; return false; }
        if (string.CompareOrdinal(s, i, "null", 0, 4) == 0) { i += 4; return null; }
        int start = i;
        while (i < s.Length && "+-.eE0123456789".IndexOf(s[i]) >= 0) i++;
        var number = s.Substring(start, i - start);
        if (number.IndexOfAny(new[] { '.', 'e', 'E' }) >= 0) return double.Parse(number, CultureInfo.InvariantCulture);
        return long.Parse(number, CultureInfo.InvariantCulture);
    }

    public static string Quote(string s) {
        var b = new StringBuilder("\"");
        foreach (char c in s) {
            switch (c) {
                case '"': b.Append("\\\""); break;
                case '\\': b.Append("\\\\"); break;
                case '\n': b.Append("\\n"); break;
                case '\r': b.Append("\\r"); break;
                case '\t': b.Append("\\t"); break;
                case '\b': b.Append("\\b"); break;
                case '\f': b.Append("\\f"); break;
                default:
                    if (c < 0x20) b.Append("\\u").Append(((int)c).ToString("x4")); else b.Append(c);
                    break;
            }
        }
        return b.Append('"').ToString();
    }

    public static string Encode(object v) { var b = new StringBuilder(); Encode(v, b); return b.ToString(); }

    static void Encode(object v, StringBuilder b) {
        if (v == null) { b.Append("null"); return; }
        if (v is int || v is long || v is short || v is byte || v is uint || v is ulong || v is ushort || v is sbyte) { b.Append(Convert.ToString(v, CultureInfo.InvariantCulture)); return; }
        if (v is double || v is float) {
            double d = Convert.ToDouble(v);
            if (double.IsNaN(d) || double.IsInfinity(d)) throw new InvalidOperationException("returned " + d + ", which is not a number JSON can hold");
            b.Append(d.ToString("R", CultureInfo.InvariantCulture));
            return;
        }
        if (v is bool) { b.Append((bool)v ? "true" : "false"); return; }
        if (v is string) { b.Append(Quote((string)v)); return; }
        if (v is char) { b.Append(Quote(v.ToString())); return; }
        if (v is ListNode) {
            b.Append('[');
            int n = 0;
            for (var p = (ListNode)v; p != null; p = p.next) {
                if (n++ > 0) b.Append(',');
                b.Append(p.val.ToString(CultureInfo.InvariantCulture));
                if (n > 1000000) throw new InvalidOperationException("the returned list has a cycle");
            }
            b.Append(']');
            return;
        }
        if (v is TreeNode) {
            var level = new List<TreeNode> { (TreeNode)v };
            var out_ = new List<string>();
            for (int k = 0; k < level.Count; k++) {
                var n = level[k];
                if (n == null) { out_.Add("null"); continue; }
                out_.Add(n.val.ToString(CultureInfo.InvariantCulture));
                level.Add(n.left);
                level.Add(n.right);
            }
            while (out_.Count > 0 && out_[out_.Count - 1] == "null") out_.RemoveAt(out_.Count - 1);
            b.Append('[').Append(string.Join(",", out_)).Append(']');
            return;
        }
        if (v is IEnumerable) {
            // In an array or list of lists or trees, a null element is an empty one: [].
            var element = v.GetType().IsArray ? v.GetType().GetElementType()
                : v.GetType().IsGenericType ? v.GetType().GetGenericArguments()[0] : null;
            bool nodes = element == typeof(ListNode) || element == typeof(TreeNode);
            b.Append('[');
            bool first = true;
            foreach (var x in (IEnumerable)v) {
                if (!first) b.Append(',');
                first = false;
                if (nodes && x == null) b.Append("[]"); else Encode(x, b);
            }
            b.Append(']');
            return;
        }
        throw new InvalidOperationException("returned a " + v.GetType().Name + ", which is not test data");
    }
}
