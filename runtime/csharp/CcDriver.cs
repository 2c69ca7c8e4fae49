// The CloneCode judge's driver for C# solutions, compiled once into the runner image with Mono:
//
//     mono --debug /opt/clonecode/csharp/CcDriver.exe tests.json solution.dll
//
// It loads the solution (compiled with a reference to this assembly, which defines ListNode and
// TreeNode as LeetCode does), finds the method the signature names (LeetCode's C# names are
// PascalCase: twoSum is TwoSum), and calls it on a fresh Solution per test with arguments decoded
// by the signature's types. Each test's result goes on file descriptor 3 as one JSON line, the same
// protocol as the other drivers.
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

    public static int Main(string[] argv) {
        var report = new Report();
        var spec = (Dictionary<string, object>)Json.Parse(File.ReadAllText(argv[0]));
        var name = (string)spec["function"];
        var pascal = char.ToUpperInvariant(name[0]) + name.Substring(1);
        var types = ((List<object>)spec["params"]).ConvertAll(p => (string)p);
        var returns = (string)spec["returns"];
        var inputs = (List<object>)spec["inputs"];
        var solution = Assembly.LoadFrom(argv[1]).GetType("Solution");
        MethodInfo method = null;
        if (solution != null) {
            foreach (var m in solution.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static)) {
                if ((m.Name == pascal || m.Name == name) && m.GetParameters().Length == types.Count) method = m;
            }
        }
        if (method == null) {
            report.WriteLine("{\"i\":0,\"error\":" + Json.Quote("Solution has no public method " + pascal + " with " + types.Count + " parameters") + "}");
            return 0;
        }
        var capture = new Capture();
        var realOut = Console.Out;
        // Solutions recurse deeply: the tests run on a thread with a 64 MB stack, as in Java.
        var worker = new Thread(() => {
            for (int k = 0; k < inputs.Count; k++) {
                capture.KeptText.Clear();
                Console.SetOut(capture);
                try {
                    var args = (List<object>)inputs[k];
                    var values = new object[types.Count];
                    for (int a = 0; a < values.Length; a++) values[a] = Decode(args[a], types[a]);
                    var target = method.IsStatic ? null : Activator.CreateInstance(solution);
                    var watch = Stopwatch.StartNew();
                    object answer;
                    try {
                        answer = method.Invoke(target, values);
                    } catch (TargetInvocationException e) {
                        ExceptionDispatchInfo.Capture(e.InnerException).Throw();  // keeps the user's frames
                        throw;
                    }
                    var ms = watch.Elapsed.TotalMilliseconds;
                    Console.SetOut(realOut);
                    string outText = returns == "void" ? "null"
                        : answer == null && (returns == "ListNode" || returns == "TreeNode") ? "[]" : Json.Encode(answer);
                    report.WriteLine("{\"i\":" + k + ",\"ms\":" + ms.ToString("0.###", CultureInfo.InvariantCulture)
                        + ",\"out\":" + Json.Quote(outText) + ",\"stdout\":" + Json.Quote(capture.KeptText.ToString()) + "}");
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

    /// <summary>The exception as LeetCode shows it: its type and message, then the user's lines.</summary>
    static string Describe(Exception e) {
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
            case "long": return typeof(long);
            case "double": return typeof(double);
            case "boolean": return typeof(bool);
            case "string": return typeof(string);
            case "character": return typeof(char);
            case "ListNode": return typeof(ListNode);
            case "TreeNode": return typeof(TreeNode);
        }
        if (type.StartsWith("list<")) return typeof(IList<>).MakeGenericType(TypeOf(type.Substring(5, type.Length - 6)));
        if (type.EndsWith("[]")) return TypeOf(type.Substring(0, type.Length - 2)).MakeArrayType();
        throw new ArgumentException("no type for " + type);
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
        if (v is int || v is long || v is short || v is byte) { b.Append(Convert.ToString(v, CultureInfo.InvariantCulture)); return; }
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
            b.Append('[');
            bool first = true;
            foreach (var x in (IEnumerable)v) {
                if (!first) b.Append(',');
                first = false;
                Encode(x, b);
            }
            b.Append(']');
            return;
        }
        throw new InvalidOperationException("returned a " + v.GetType().Name + ", which is not test data");
    }
}
