// .NET APIs that LeetCode's C# has and Mono 6.12 lacks, compiled into CcDriver.exe in the namespaces
// where .NET has them, so solutions use them with their usual `using`s. Only what Mono lacks is here:
// a second definition of something Mono has would make calls ambiguous.
using System;
using System.Collections;
using System.Collections.Generic;

namespace System.Collections.Generic {
    /// <summary>.NET 6's PriorityQueue: a min-heap of elements by priority, with .NET's 4-ary heap
    /// (so elements of equal priority come out in the same order as on .NET).</summary>
    public class PriorityQueue<TElement, TPriority> {
        const int Arity = 4;
        const int Log2Arity = 2;
        struct Node {
            public TElement Element;
            public TPriority Priority;
            public Node(TElement element, TPriority priority) { Element = element; Priority = priority; }
        }

        Node[] _nodes;
        readonly IComparer<TPriority> _comparer;
        int _size;
        int _version;
        UnorderedItemsCollection _unorderedItems;

        public PriorityQueue() : this(0, null) {}
        public PriorityQueue(int initialCapacity) : this(initialCapacity, null) {}
        public PriorityQueue(IComparer<TPriority> comparer) : this(0, comparer) {}
        public PriorityQueue(int initialCapacity, IComparer<TPriority> comparer) {
            if (initialCapacity < 0) throw new ArgumentOutOfRangeException("initialCapacity");
            _nodes = new Node[initialCapacity];
            _comparer = comparer ?? Comparer<TPriority>.Default;
        }
        public PriorityQueue(IEnumerable<ValueTuple<TElement, TPriority>> items) : this(items, null) {}
        public PriorityQueue(IEnumerable<ValueTuple<TElement, TPriority>> items, IComparer<TPriority> comparer) {
            if (items == null) throw new ArgumentNullException("items");
            _comparer = comparer ?? Comparer<TPriority>.Default;
            _nodes = ToNodes(items).ToArray();
            _size = _nodes.Length;
            if (_size > 1) Heapify();
        }

        public int Count { get { return _size; } }
        public IComparer<TPriority> Comparer { get { return _comparer; } }
        public UnorderedItemsCollection UnorderedItems { get { return _unorderedItems ?? (_unorderedItems = new UnorderedItemsCollection(this)); } }

        public void Enqueue(TElement element, TPriority priority) {
            int currentSize = _size;
            _version++;
            if (_nodes.Length == currentSize) Grow(currentSize + 1);
            _size = currentSize + 1;
            MoveUp(new Node(element, priority), currentSize);
        }

        public TElement Peek() {
            if (_size == 0) throw new InvalidOperationException("Queue empty.");
            return _nodes[0].Element;
        }

        public TElement Dequeue() {
            if (_size == 0) throw new InvalidOperationException("Queue empty.");
            TElement element = _nodes[0].Element;
            RemoveRootNode();
            return element;
        }

        public TElement DequeueEnqueue(TElement element, TPriority priority) {
            if (_size == 0) throw new InvalidOperationException("Queue empty.");
            var root = _nodes[0];
            if (_comparer.Compare(priority, root.Priority) > 0) MoveDown(new Node(element, priority), 0);
            else _nodes[0] = new Node(element, priority);
            _version++;
            return root.Element;
        }

        public bool TryDequeue(out TElement element, out TPriority priority) {
            if (_size != 0) {
                element = _nodes[0].Element;
                priority = _nodes[0].Priority;
                RemoveRootNode();
                return true;
            }
            element = default(TElement);
            priority = default(TPriority);
            return false;
        }

        public bool TryPeek(out TElement element, out TPriority priority) {
            if (_size != 0) {
                element = _nodes[0].Element;
                priority = _nodes[0].Priority;
                return true;
            }
            element = default(TElement);
            priority = default(TPriority);
            return false;
        }

        public TElement EnqueueDequeue(TElement element, TPriority priority) {
            if (_size != 0) {
                var root = _nodes[0];
                if (_comparer.Compare(priority, root.Priority) > 0) {
                    MoveDown(new Node(element, priority), 0);
                    _version++;
                    return root.Element;
                }
            }
            return element;
        }

        public void EnqueueRange(IEnumerable<ValueTuple<TElement, TPriority>> items) {
            if (items == null) throw new ArgumentNullException("items");
            if (_size == 0) {
                var all = ToNodes(items);
                if (all.Count > _nodes.Length) _nodes = new Node[all.Count];
                all.CopyTo(_nodes);
                _size = all.Count;
                _version++;
                if (_size > 1) Heapify();
            } else {
                foreach (var item in items) Enqueue(item.Item1, item.Item2);
            }
        }

        public void EnqueueRange(IEnumerable<TElement> elements, TPriority priority) {
            if (elements == null) throw new ArgumentNullException("elements");
            var pairs = new List<ValueTuple<TElement, TPriority>>();
            foreach (var e in elements) pairs.Add(new ValueTuple<TElement, TPriority>(e, priority));
            EnqueueRange(pairs);
        }

        public bool Remove(TElement element, out TElement removedElement, out TPriority priority, IEqualityComparer<TElement> equalityComparer = null) {
            var eq = equalityComparer ?? EqualityComparer<TElement>.Default;
            int index = -1;
            for (int i = 0; i < _size; i++) if (eq.Equals(element, _nodes[i].Element)) { index = i; break; }
            if (index < 0) {
                removedElement = default(TElement);
                priority = default(TPriority);
                return false;
            }
            var removed = _nodes[index];
            int newSize = --_size;
            if (index < newSize) {
                var last = _nodes[newSize];
                if (_comparer.Compare(last.Priority, removed.Priority) < 0) MoveUp(last, index);
                else MoveDown(last, index);
            }
            _nodes[newSize] = default(Node);
            _version++;
            removedElement = removed.Element;
            priority = removed.Priority;
            return true;
        }

        public void Clear() {
            Array.Clear(_nodes, 0, _size);
            _size = 0;
            _version++;
        }

        public int EnsureCapacity(int capacity) {
            if (capacity < 0) throw new ArgumentOutOfRangeException("capacity");
            if (_nodes.Length < capacity) { Grow(capacity); _version++; }
            return _nodes.Length;
        }

        public void TrimExcess() {
            if (_size < (int)(_nodes.Length * 0.9)) { Array.Resize(ref _nodes, _size); _version++; }
        }

        static List<Node> ToNodes(IEnumerable<ValueTuple<TElement, TPriority>> items) {
            var nodes = new List<Node>();
            foreach (var item in items) nodes.Add(new Node(item.Item1, item.Item2));
            return nodes;
        }

        void Grow(int minCapacity) {
            int newCapacity = 2 * _nodes.Length;
            newCapacity = Math.Max(newCapacity, _nodes.Length + 4);
            if (newCapacity < minCapacity) newCapacity = minCapacity;
            Array.Resize(ref _nodes, newCapacity);
        }

        void RemoveRootNode() {
            int lastNodeIndex = --_size;
            _version++;
            if (lastNodeIndex > 0) MoveDown(_nodes[lastNodeIndex], 0);
            _nodes[lastNodeIndex] = default(Node);
        }

        static int GetParentIndex(int index) { return (index - 1) >> Log2Arity; }
        static int GetFirstChildIndex(int index) { return (index << Log2Arity) + 1; }

        void Heapify() {
            int lastParentWithChildren = GetParentIndex(_size - 1);
            for (int index = lastParentWithChildren; index >= 0; --index) MoveDown(_nodes[index], index);
        }

        void MoveUp(Node node, int nodeIndex) {
            var nodes = _nodes;
            while (nodeIndex > 0) {
                int parentIndex = GetParentIndex(nodeIndex);
                var parent = nodes[parentIndex];
                if (_comparer.Compare(node.Priority, parent.Priority) < 0) {
                    nodes[nodeIndex] = parent;
                    nodeIndex = parentIndex;
                } else {
                    break;
                }
            }
            nodes[nodeIndex] = node;
        }

        void MoveDown(Node node, int nodeIndex) {
            var nodes = _nodes;
            int size = _size;
            int i;
            while ((i = GetFirstChildIndex(nodeIndex)) < size) {
                var minChild = nodes[i];
                int minChildIndex = i;
                int childIndexUpperBound = Math.Min(i + Arity, size);
                while (++i < childIndexUpperBound) {
                    var nextChild = nodes[i];
                    if (_comparer.Compare(nextChild.Priority, minChild.Priority) < 0) {
                        minChild = nextChild;
                        minChildIndex = i;
                    }
                }
                if (_comparer.Compare(node.Priority, minChild.Priority) <= 0) break;
                nodes[nodeIndex] = minChild;
                nodeIndex = minChildIndex;
            }
            nodes[nodeIndex] = node;
        }

        /// <summary>The queue's (element, priority) pairs in heap order.</summary>
        public sealed class UnorderedItemsCollection : IReadOnlyCollection<ValueTuple<TElement, TPriority>>, ICollection {
            readonly PriorityQueue<TElement, TPriority> _queue;
            internal UnorderedItemsCollection(PriorityQueue<TElement, TPriority> queue) { _queue = queue; }
            public int Count { get { return _queue._size; } }
            object ICollection.SyncRoot { get { return this; } }
            bool ICollection.IsSynchronized { get { return false; } }
            void ICollection.CopyTo(Array array, int index) {
                for (int i = 0; i < _queue._size; i++) array.SetValue(new ValueTuple<TElement, TPriority>(_queue._nodes[i].Element, _queue._nodes[i].Priority), index + i);
            }
            public Enumerator GetEnumerator() { return new Enumerator(_queue); }
            IEnumerator<ValueTuple<TElement, TPriority>> IEnumerable<ValueTuple<TElement, TPriority>>.GetEnumerator() { return GetEnumerator(); }
            IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }

            public struct Enumerator : IEnumerator<ValueTuple<TElement, TPriority>> {
                readonly PriorityQueue<TElement, TPriority> _queue;
                readonly int _version;
                int _index;
                ValueTuple<TElement, TPriority> _current;
                internal Enumerator(PriorityQueue<TElement, TPriority> queue) { _queue = queue; _index = 0; _current = default(ValueTuple<TElement, TPriority>); _version = queue._version; }
                public bool MoveNext() {
                    if (_version != _queue._version) throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                    if (_index < _queue._size) { _current = new ValueTuple<TElement, TPriority>(_queue._nodes[_index].Element, _queue._nodes[_index].Priority); _index++; return true; }
                    _index = _queue._size + 1;
                    _current = default(ValueTuple<TElement, TPriority>);
                    return false;
                }
                public ValueTuple<TElement, TPriority> Current { get { return _current; } }
                object IEnumerator.Current { get { return _current; } }
                void IEnumerator.Reset() { _index = 0; _current = default(ValueTuple<TElement, TPriority>); }
                public void Dispose() {}
            }
        }
    }

    public static class CcListCompat {
        /// <summary>.NET 6's List.EnsureCapacity.</summary>
        public static int EnsureCapacity<T>(this List<T> list, int capacity) {
            if (capacity < 0) throw new ArgumentOutOfRangeException("capacity");
            if (list.Capacity < capacity) list.Capacity = Math.Max(capacity, list.Capacity == 0 ? 4 : 2 * list.Capacity);
            return list.Capacity;
        }
    }
}

namespace System.Linq {
    /// <summary>LINQ operators of .NET 6 and 7.</summary>
    public static class CcEnumerableCompat {
        public static TSource MaxBy<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector) { return MaxBy(source, keySelector, null); }
        public static TSource MaxBy<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, IComparer<TKey> comparer) { return By(source, keySelector, comparer, 1); }
        public static TSource MinBy<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector) { return MinBy(source, keySelector, null); }
        public static TSource MinBy<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, IComparer<TKey> comparer) { return By(source, keySelector, comparer, -1); }

        // The first element whose key is the greatest (sign 1) or least (sign -1); null keys are skipped.
        static TSource By<TSource, TKey>(IEnumerable<TSource> source, Func<TSource, TKey> keySelector, IComparer<TKey> comparer, int sign) {
            if (source == null) throw new ArgumentNullException("source");
            if (keySelector == null) throw new ArgumentNullException("keySelector");
            comparer = comparer ?? Comparer<TKey>.Default;
            using (var e = source.GetEnumerator()) {
                if (!e.MoveNext()) {
                    if (default(TSource) == null) return default(TSource);
                    throw new InvalidOperationException("Sequence contains no elements");
                }
                TSource best = e.Current;
                TKey bestKey = keySelector(best);
                if (default(TKey) == null) {
                    while (bestKey == null) {
                        if (!e.MoveNext()) return best;
                        best = e.Current;
                        bestKey = keySelector(best);
                    }
                    while (e.MoveNext()) {
                        TSource next = e.Current;
                        TKey key = keySelector(next);
                        if (key != null && sign * comparer.Compare(key, bestKey) > 0) { best = next; bestKey = key; }
                    }
                } else {
                    while (e.MoveNext()) {
                        TSource next = e.Current;
                        TKey key = keySelector(next);
                        if (sign * comparer.Compare(key, bestKey) > 0) { best = next; bestKey = key; }
                    }
                }
                return best;
            }
        }

        public static IEnumerable<TSource[]> Chunk<TSource>(this IEnumerable<TSource> source, int size) {
            if (source == null) throw new ArgumentNullException("source");
            if (size < 1) throw new ArgumentOutOfRangeException("size");
            return ChunkIterator(source, size);
        }

        static IEnumerable<TSource[]> ChunkIterator<TSource>(IEnumerable<TSource> source, int size) {
            var chunk = new List<TSource>(size);
            foreach (var item in source) {
                chunk.Add(item);
                if (chunk.Count == size) { yield return chunk.ToArray(); chunk.Clear(); }
            }
            if (chunk.Count > 0) yield return chunk.ToArray();
        }

        public static IEnumerable<TSource> DistinctBy<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector) { return DistinctBy(source, keySelector, null); }
        public static IEnumerable<TSource> DistinctBy<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, IEqualityComparer<TKey> comparer) {
            if (source == null) throw new ArgumentNullException("source");
            if (keySelector == null) throw new ArgumentNullException("keySelector");
            return DistinctByIterator(source, keySelector, comparer);
        }

        static IEnumerable<TSource> DistinctByIterator<TSource, TKey>(IEnumerable<TSource> source, Func<TSource, TKey> keySelector, IEqualityComparer<TKey> comparer) {
            var seen = new HashSet<TKey>(comparer);
            foreach (var item in source) if (seen.Add(keySelector(item))) yield return item;
        }

        public static IOrderedEnumerable<T> Order<T>(this IEnumerable<T> source) { return source.OrderBy(x => x); }
        public static IOrderedEnumerable<T> Order<T>(this IEnumerable<T> source, IComparer<T> comparer) { return source.OrderBy(x => x, comparer); }
        public static IOrderedEnumerable<T> OrderDescending<T>(this IEnumerable<T> source) { return source.OrderByDescending(x => x); }
        public static IOrderedEnumerable<T> OrderDescending<T>(this IEnumerable<T> source, IComparer<T> comparer) { return source.OrderByDescending(x => x, comparer); }

        public static IEnumerable<ValueTuple<TFirst, TSecond>> Zip<TFirst, TSecond>(this IEnumerable<TFirst> first, IEnumerable<TSecond> second) {
            return first.Zip(second, (a, b) => new ValueTuple<TFirst, TSecond>(a, b));
        }
    }
}

namespace System.Numerics {
    /// <summary>.NET Core 3's BitOperations.</summary>
    public static class BitOperations {
        public static bool IsPow2(int value) { return (value & (value - 1)) == 0 && value > 0; }
        public static bool IsPow2(uint value) { return (value & (value - 1)) == 0 && value != 0; }
        public static bool IsPow2(long value) { return (value & (value - 1)) == 0 && value > 0; }
        public static bool IsPow2(ulong value) { return (value & (value - 1)) == 0 && value != 0; }
        public static int PopCount(uint value) {
            value -= (value >> 1) & 0x55555555u;
            value = (value & 0x33333333u) + ((value >> 2) & 0x33333333u);
            return (int)((((value + (value >> 4)) & 0x0F0F0F0Fu) * 0x01010101u) >> 24);
        }
        public static int PopCount(ulong value) { return PopCount((uint)value) + PopCount((uint)(value >> 32)); }
        public static int LeadingZeroCount(uint value) { return value == 0 ? 32 : 31 - Log2(value); }
        public static int LeadingZeroCount(ulong value) { return value == 0 ? 64 : 63 - Log2(value); }
        public static int Log2(uint value) {
            int r = 0;
            while ((value >>= 1) != 0) r++;
            return r;
        }
        public static int Log2(ulong value) {
            int r = 0;
            while ((value >>= 1) != 0) r++;
            return r;
        }
        public static int TrailingZeroCount(int value) { return TrailingZeroCount((uint)value); }
        public static int TrailingZeroCount(uint value) {
            if (value == 0) return 32;
            int r = 0;
            while ((value & 1) == 0) { value >>= 1; r++; }
            return r;
        }
        public static int TrailingZeroCount(long value) { return TrailingZeroCount((ulong)value); }
        public static int TrailingZeroCount(ulong value) {
            if (value == 0) return 64;
            int r = 0;
            while ((value & 1) == 0) { value >>= 1; r++; }
            return r;
        }
        public static uint RotateLeft(uint value, int offset) { return (value << offset) | (value >> (32 - offset)); }
        public static ulong RotateLeft(ulong value, int offset) { return (value << offset) | (value >> (64 - offset)); }
        public static uint RotateRight(uint value, int offset) { return (value >> offset) | (value << (32 - offset)); }
        public static ulong RotateRight(ulong value, int offset) { return (value >> offset) | (value << (64 - offset)); }
        public static uint RoundUpToPowerOf2(uint value) {
            value--; value |= value >> 1; value |= value >> 2; value |= value >> 4; value |= value >> 8; value |= value >> 16;
            return value + 1;
        }
        public static ulong RoundUpToPowerOf2(ulong value) {
            value--; value |= value >> 1; value |= value >> 2; value |= value >> 4; value |= value >> 8; value |= value >> 16; value |= value >> 32;
            return value + 1;
        }
    }
}

/// <summary>Deconstruction in foreach (`foreach (var (k, v) in map)`), which the judge rewrites into calls
/// of these, since mcs deconstructs only tuples and only outside foreach.</summary>
public static class CcDeconstruct {
    public static bool Of<K, V>(KeyValuePair<K, V> pair, out K key, out V value) { key = pair.Key; value = pair.Value; return true; }
    public static bool Of<A, B>(ValueTuple<A, B> t, out A a, out B b) { a = t.Item1; b = t.Item2; return true; }
    public static bool Of<A, B, C>(ValueTuple<A, B, C> t, out A a, out B b, out C c) { a = t.Item1; b = t.Item2; c = t.Item3; return true; }
    public static bool Of<A, B, C, D>(ValueTuple<A, B, C, D> t, out A a, out B b, out C c, out D d) { a = t.Item1; b = t.Item2; c = t.Item3; d = t.Item4; return true; }
}

/// <summary>C# 9's patterns (`c is >= 'a' and <= 'z'`, `c is '(' or '['`) and C# 8's switch expressions,
/// which the judge rewrites into calls of these with the pattern as a condition on the value.</summary>
public static class CcIs {
    public static bool Of<T>(T value, Func<T, bool> pattern) { return pattern(value); }
    public static R Switch<T, R>(T value, Func<T, R> arms) { return arms(value); }
}

/// <summary>Indexes from the end (`a[^1]`) and ranges (`s[i..j]`), which the judge rewrites into calls of these.</summary>
public static class CcRange {
    public static int Len(string s) { return s.Length; }
    public static int Len<T>(T[] a) { return a.Length; }
    public static int Len<T>(List<T> l) { return l.Count; }
    public static int Len<T>(IList<T> l) { return l.Count; }
    public static int Len(System.Text.StringBuilder sb) { return sb.Length; }

    static int Start(int length, int start, bool startFromEnd, int end, bool endFromEnd, out int count) {
        int from = startFromEnd ? length - start : start;
        int to = endFromEnd ? length - end : end;
        if ((uint)to > (uint)length || (uint)from > (uint)to) throw new ArgumentOutOfRangeException("length");
        count = to - from;
        return from;
    }

    public static string Of(string s, int start, bool startFromEnd, int end, bool endFromEnd) {
        int count;
        int from = Start(s.Length, start, startFromEnd, end, endFromEnd, out count);
        return s.Substring(from, count);
    }

    public static T[] Of<T>(T[] a, int start, bool startFromEnd, int end, bool endFromEnd) {
        int count;
        int from = Start(a.Length, start, startFromEnd, end, endFromEnd, out count);
        var result = new T[count];
        Array.Copy(a, from, result, 0, count);
        return result;
    }
}
