// Kotlin 1.4's kotlin.collections.ArrayDeque for Debian's Kotlin 1.3: a resizable circular array that
// is a MutableList (dq[i], first(), last(), removeFirst(), addLast(), firstOrNull() ...) and also a
// java.util.Deque (offer, poll, peek, push, pop), so that solutions written for either class run.
// Kotlin resolves ArrayDeque in the root package before the `import java.util.*` of the solution file;
// an explicit `import java.util.ArrayDeque` still picks Java's. Written in Java so that poll() and
// peek() return platform types, as java.util.ArrayDeque's do. Null elements are allowed, as in Kotlin.
import java.util.AbstractList;
import java.util.Collection;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.RandomAccess;

public class ArrayDeque<E> extends AbstractList<E> implements Deque<E>, RandomAccess {
    private Object[] data;
    private int head;
    private int n;

    public ArrayDeque(int initialCapacity) {
        if (initialCapacity < 0) throw new IllegalArgumentException("Illegal Capacity: " + initialCapacity);
        data = new Object[Math.max(initialCapacity, 4)];
    }

    public ArrayDeque() { this(10); }

    public ArrayDeque(Collection<? extends E> elements) {
        this(elements.size());
        for (E e : elements) addLast(e);
    }

    private int at(int i) {
        int j = head + i;
        return j >= data.length ? j - data.length : j;
    }

    private void grow() {
        if (n < data.length) return;
        Object[] bigger = new Object[data.length + (data.length >> 1) + 1];
        int tail = Math.min(n, data.length - head);
        System.arraycopy(data, head, bigger, 0, tail);
        System.arraycopy(data, 0, bigger, tail, n - tail);
        data = bigger;
        head = 0;
    }

    private void check(int index) {
        if (index < 0 || index >= n) throw new IndexOutOfBoundsException("index: " + index + ", size: " + n);
    }

    @SuppressWarnings("unchecked")
    private E elementAt(int j) { return (E) data[j]; }

    @Override public int size() { return n; }
    @Override public boolean isEmpty() { return n == 0; }
    @Override public E get(int index) { check(index); return elementAt(at(index)); }

    @Override public E set(int index, E element) {
        check(index);
        int j = at(index);
        E old = elementAt(j);
        data[j] = element;
        return old;
    }

    @Override public boolean add(E e) { addLast(e); return true; }

    @Override public void add(int index, E element) {
        if (index < 0 || index > n) throw new IndexOutOfBoundsException("index: " + index + ", size: " + n);
        if (index == 0) { addFirst(element); return; }
        if (index == n) { addLast(element); return; }
        grow();
        for (int i = n; i > index; i--) data[at(i)] = data[at(i - 1)];
        data[at(index)] = element;
        n++;
        modCount++;
    }

    @Override public E remove(int index) {
        check(index);
        if (index == 0) return removeFirst();
        if (index == n - 1) return removeLast();
        E old = elementAt(at(index));
        for (int i = index; i < n - 1; i++) data[at(i)] = data[at(i + 1)];
        data[at(n - 1)] = null;
        n--;
        modCount++;
        return old;
    }

    @Override public void clear() {
        for (int i = 0; i < n; i++) data[at(i)] = null;
        head = 0;
        n = 0;
        modCount++;
    }

    @Override public void addFirst(E e) {
        grow();
        head = head == 0 ? data.length - 1 : head - 1;
        data[head] = e;
        n++;
        modCount++;
    }

    @Override public void addLast(E e) {
        grow();
        data[at(n)] = e;
        n++;
        modCount++;
    }

    @Override public E removeFirst() {
        if (n == 0) throw new NoSuchElementException("ArrayDeque is empty.");
        E e = elementAt(head);
        data[head] = null;
        head = head + 1 == data.length ? 0 : head + 1;
        n--;
        modCount++;
        return e;
    }

    @Override public E removeLast() {
        if (n == 0) throw new NoSuchElementException("ArrayDeque is empty.");
        int j = at(n - 1);
        E e = elementAt(j);
        data[j] = null;
        n--;
        modCount++;
        return e;
    }

    // Kotlin's ArrayDeque members.
    public E first() { if (n == 0) throw new NoSuchElementException("ArrayDeque is empty."); return elementAt(head); }
    public E last() { if (n == 0) throw new NoSuchElementException("ArrayDeque is empty."); return elementAt(at(n - 1)); }
    public E firstOrNull() { return n == 0 ? null : elementAt(head); }
    public E lastOrNull() { return n == 0 ? null : elementAt(at(n - 1)); }
    public E removeFirstOrNull() { return n == 0 ? null : removeFirst(); }
    public E removeLastOrNull() { return n == 0 ? null : removeLast(); }

    // java.util.Deque's members.
    @Override public boolean offerFirst(E e) { addFirst(e); return true; }
    @Override public boolean offerLast(E e) { addLast(e); return true; }
    @Override public E pollFirst() { return removeFirstOrNull(); }
    @Override public E pollLast() { return removeLastOrNull(); }
    @Override public E getFirst() { return first(); }
    @Override public E getLast() { return last(); }
    @Override public E peekFirst() { return firstOrNull(); }
    @Override public E peekLast() { return lastOrNull(); }
    @Override public boolean offer(E e) { addLast(e); return true; }
    @Override public E remove() { return removeFirst(); }
    @Override public E poll() { return removeFirstOrNull(); }
    @Override public E element() { return first(); }
    @Override public E peek() { return firstOrNull(); }
    @Override public void push(E e) { addFirst(e); }
    @Override public E pop() { return removeFirst(); }

    @Override public boolean removeFirstOccurrence(Object o) {
        int i = indexOf(o);
        if (i < 0) return false;
        remove(i);
        return true;
    }

    @Override public boolean removeLastOccurrence(Object o) {
        int i = lastIndexOf(o);
        if (i < 0) return false;
        remove(i);
        return true;
    }

    // Java 21's List and Deque both declare reversed(); a class that is both must declare it too (as
    // java.util.LinkedList does). A reversed copy, as Kotlin's reversed() gives.
    @Override public ArrayDeque<E> reversed() {
        ArrayDeque<E> copy = new ArrayDeque<>(n);
        for (int i = n - 1; i >= 0; i--) copy.addLast(get(i));
        return copy;
    }

    @Override public Iterator<E> descendingIterator() {
        return new Iterator<E>() {
            int next = n - 1;
            int last = -1;
            public boolean hasNext() { return next >= 0; }
            public E next() {
                if (next < 0) throw new NoSuchElementException();
                last = next;
                return get(next--);
            }
            public void remove() {
                if (last < 0) throw new IllegalStateException();
                ArrayDeque.this.remove(last);
                last = -1;
            }
        };
    }
}
