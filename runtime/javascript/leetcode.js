// What LeetCode's JavaScript and TypeScript environments offer without a require: ListNode and
// TreeNode as LeetCode defines them, and the priority queues and queue of @datastructures-js
// (same names and methods), plus lodash as `_` when Debian's node-lodash is there.
"use strict";

function ListNode(val, next) {
    this.val = val === undefined ? 0 : val;
    this.next = next === undefined ? null : next;
}

function TreeNode(val, left, right) {
    this.val = val === undefined ? 0 : val;
    this.left = left === undefined ? null : left;
    this.right = right === undefined ? null : right;
}

/** A binary heap ordered by `compare` (negative: a comes first), as @datastructures-js/priority-queue. */
class PriorityQueue {
    constructor(compare, values) {
        if (typeof compare !== "function") throw new Error("PriorityQueue constructor expects a compare function");
        this._compare = compare;
        this._heap = [];
        for (const value of values || []) this.enqueue(value);
    }
    static fromArray(values, compare) { return new this(compare, values); }
    size() { return this._heap.length; }
    isEmpty() { return this._heap.length === 0; }
    front() { return this._heap.length ? this._heap[0] : null; }
    back() { let last = null; for (const v of this._heap) if (last === null || this._compare(v, last) > 0) last = v; return last; }
    enqueue(value) {
        const heap = this._heap;
        heap.push(value);
        let i = heap.length - 1;
        while (i > 0) {
            const parent = (i - 1) >> 1;
            if (this._compare(heap[i], heap[parent]) >= 0) break;
            [heap[i], heap[parent]] = [heap[parent], heap[i]];
            i = parent;
        }
        return this;
    }
    push(value) { return this.enqueue(value); }
    dequeue() {
        const heap = this._heap;
        if (heap.length === 0) return null;
        const top = heap[0], last = heap.pop();
        if (heap.length) {
            heap[0] = last;
            let i = 0;
            for (;;) {
                const l = 2 * i + 1, r = l + 1;
                let best = i;
                if (l < heap.length && this._compare(heap[l], heap[best]) < 0) best = l;
                if (r < heap.length && this._compare(heap[r], heap[best]) < 0) best = r;
                if (best === i) break;
                [heap[i], heap[best]] = [heap[best], heap[i]];
                i = best;
            }
        }
        return top;
    }
    pop() { return this.dequeue(); }
    remove(callback) {
        const kept = [], removed = [];
        for (const v of this._heap) (callback(v) ? removed : kept).push(v);
        this._heap = [];
        for (const v of kept) this.enqueue(v);
        return removed;
    }
    contains(callback) { return this._heap.some(callback); }
    toArray() { return [...this._heap].sort(this._compare); }
    clear() { this._heap = []; }
    [Symbol.iterator]() { const copy = PriorityQueue.fromArray([...this._heap], this._compare); return { next: () => copy.isEmpty() ? { done: true, value: undefined } : { done: false, value: copy.dequeue() } }; }
}

function keyed(option) {
    if (typeof option === "function") return option;
    if (option && typeof option.priority === "function") return option.priority;
    return (x) => x;
}

class MinPriorityQueue extends PriorityQueue {
    constructor(getCompareValue, values) { const key = keyed(getCompareValue); super((a, b) => key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0, values); }
    static fromArray(values, getCompareValue) { return new MinPriorityQueue(getCompareValue, values); }
}

class MaxPriorityQueue extends PriorityQueue {
    constructor(getCompareValue, values) { const key = keyed(getCompareValue); super((a, b) => key(a) > key(b) ? -1 : key(a) < key(b) ? 1 : 0, values); }
    static fromArray(values, getCompareValue) { return new MaxPriorityQueue(getCompareValue, values); }
}

/** A FIFO queue, as @datastructures-js/queue. */
class Queue {
    constructor(values) { this._items = Array.isArray(values) ? values.slice() : []; this._head = 0; }
    static fromArray(values) { return new Queue(values); }
    size() { return this._items.length - this._head; }
    isEmpty() { return this.size() === 0; }
    front() { return this.size() ? this._items[this._head] : null; }
    back() { return this.size() ? this._items[this._items.length - 1] : null; }
    enqueue(value) { this._items.push(value); return this; }
    push(value) { return this.enqueue(value); }
    dequeue() {
        if (this.size() === 0) return null;
        const value = this._items[this._head++];
        if (this._head * 2 >= this._items.length) { this._items = this._items.slice(this._head); this._head = 0; }
        return value;
    }
    pop() { return this.dequeue(); }
    toArray() { return this._items.slice(this._head); }
    clear() { this._items = []; this._head = 0; }
    clone() { return new Queue(this.toArray()); }
}

// LeetCode's `_Node` of the questions whose nodes have more than ListNode's or TreeNode's fields:
// one class per field set, installed (as `_Node`, and `Node` for older solutions) only for a
// question whose signature mentions it.
function NextNode(val, left, right, next) {
    this.val = val === undefined ? null : val;
    this.left = left === undefined ? null : left;
    this.right = right === undefined ? null : right;
    this.next = next === undefined ? null : next;
}

function RandomNode(val, next, random) {
    this.val = val === undefined ? 0 : val;
    this.next = next === undefined ? null : next;
    this.random = random === undefined ? null : random;
}

function GraphNode(val, neighbors) {
    this.val = val === undefined ? 0 : val;
    this.neighbors = neighbors === undefined ? [] : neighbors;
}

const NODE_CLASSES = { NextNode, RandomNode, GraphNode };

/** The node classes the types of a tests.json header mention. */
function nodeTypes(spec) {
    const types = [...(spec.params || []), spec.returns || "void"];
    for (const method of Object.values(spec.methods || {})) types.push(...method.params, method.returns);
    return types.map((t) => t.replace(/\[\]$|^list<|>$/g, "")).filter((t) => t in NODE_CLASSES);
}

// Built-ins of the Node.js LeetCode runs (22) that Debian's Node.js 20 lacks, defined as the
// language defines them (non-enumerable, only where missing).
function defineMissing(target, methods) {
    for (const [name, fn] of Object.entries(methods)) {
        if (!(name in target)) Object.defineProperty(target, name, { value: fn, writable: true, configurable: true, enumerable: false });
    }
}

function installNewerBuiltins() {
    defineMissing(Array.prototype, {
        toSorted(compare) {
            if (compare !== undefined && typeof compare !== "function") throw new TypeError("The comparison function must be either a function or undefined");
            return Array.from(this).sort(compare);
        },
        toReversed() { return Array.from(this).reverse(); },
        toSpliced(...args) { const copy = Array.from(this); copy.splice(...args); return copy; },
        with(index, value) {
            const copy = Array.from(this), i = Math.trunc(index) || 0, at = i < 0 ? copy.length + i : i;
            if (at < 0 || at >= copy.length) throw new RangeError("Invalid index : " + index);
            copy[at] = value;
            return copy;
        },
    });
    const groupInto = (items, key, add) => { let i = 0; for (const item of items) add(key(item, i++), item); };
    defineMissing(Object, {
        groupBy(items, key) {
            const groups = Object.create(null);
            groupInto(items, key, (k, item) => { (groups[k] ??= []).push(item); });
            return groups;
        },
    });
    defineMissing(Map, {
        groupBy(items, key) {
            const groups = new Map();
            groupInto(items, key, (k, item) => { if (!groups.has(k)) groups.set(k, []); groups.get(k).push(item); });
            return groups;
        },
    });
    defineMissing(Set.prototype, {
        union(other) { const out = new Set(this); for (const v of other.keys()) out.add(v); return out; },
        intersection(other) { const out = new Set(); for (const v of this) if (other.has(v)) out.add(v); return out; },
        difference(other) { const out = new Set(); for (const v of this) if (!other.has(v)) out.add(v); return out; },
        symmetricDifference(other) {
            const out = new Set(this);
            for (const v of other.keys()) { if (this.has(v)) out.delete(v); else out.add(v); }
            return out;
        },
        isSubsetOf(other) { for (const v of this) if (!other.has(v)) return false; return true; },
        isSupersetOf(other) { for (const v of other.keys()) if (!this.has(v)) return false; return true; },
        isDisjointFrom(other) { for (const v of this) if (other.has(v)) return false; return true; },
    });
}

function install(global, spec) {
    installNewerBuiltins();
    Object.assign(global, { ListNode, TreeNode, PriorityQueue, MinPriorityQueue, MaxPriorityQueue, Queue });
    for (const name of nodeTypes(spec || {})) { global._Node = NODE_CLASSES[name]; global.Node = NODE_CLASSES[name]; }
    try { global._ = require("/usr/share/nodejs/lodash"); } catch (e) { /* lodash is optional */ }
}

// ------------------------------------------------------------------ test data <-> values
function toList(values) {
    const head = new ListNode();
    let tail = head;
    for (const v of values) { tail.next = new ListNode(v); tail = tail.next; }
    return head.next;
}

function toTree(values) {
    if (!values.length || values[0] === null) return null;
    const root = new TreeNode(values[0]), queue = [root];
    let i = 1, q = 0;
    while (q < queue.length && i < values.length) {
        const node = queue[q++];
        if (i < values.length && values[i] !== null) { node.left = new TreeNode(values[i]); queue.push(node.left); }
        i++;
        if (i < values.length && values[i] !== null) { node.right = new TreeNode(values[i]); queue.push(node.right); }
        i++;
    }
    return root;
}

function elementType(type) {
    if (type.endsWith("[]")) return type.slice(0, -2);
    if (type.startsWith("list<") && type.endsWith(">")) return type.slice(5, -1);
    return null;
}

/** The values a test's input decodes to; `made` collects the nodes built for it (the deep-copy check). */
function decode(value, type, made) {
    if (type === "ListNode") return toList(value);
    if (type === "TreeNode") return toTree(value);
    if (type === "NextNode") return toNextTree(value, made);
    if (type === "RandomNode") return toRandomList(value, made);
    if (type === "GraphNode") return toGraph(value, made);
    const inner = elementType(type);
    if (inner !== null) return value.map((v) => decode(v, inner, made));
    return value;
}

function toNextTree(values, made) {
    if (!values.length || values[0] === null) return null;
    const node = (v) => { const n = new NextNode(v); if (made) made.add(n); return n; };
    const root = node(values[0]), queue = [root];
    let i = 1, q = 0;
    while (q < queue.length && i < values.length) {
        const parent = queue[q++];
        if (i < values.length && values[i] !== null) { parent.left = node(values[i]); queue.push(parent.left); }
        i++;
        if (i < values.length && values[i] !== null) { parent.right = node(values[i]); queue.push(parent.right); }
        i++;
    }
    return root;
}

function toRandomList(pairs, made) {
    const nodes = pairs.map(([val]) => new RandomNode(val));
    nodes.forEach((node, i) => {
        if (made) made.add(node);
        node.next = i + 1 < nodes.length ? nodes[i + 1] : null;
        const target = pairs[i][1];
        node.random = target === null || target === undefined ? null : nodes[target];
    });
    return nodes.length ? nodes[0] : null;
}

function toGraph(adjacency, made) {
    const nodes = adjacency.map((_, i) => new GraphNode(i + 1));
    nodes.forEach((node, i) => {
        if (made) made.add(node);
        node.neighbors = adjacency[i].map((v) => nodes[v - 1]);
    });
    return nodes.length ? nodes[0] : null;
}

/** A linked list of `values` whose tail links to node `pos` (-1: none), and its nodes. */
function cycleList(values, pos) {
    const nodes = values.map((v) => new ListNode(v));
    nodes.forEach((node, i) => { node.next = i + 1 < nodes.length ? nodes[i + 1] : null; });
    if (pos >= 0 && pos < nodes.length) nodes[nodes.length - 1].next = nodes[pos];
    return nodes;
}

/** The test input of a builder (SPEC: build) made into the method's arguments, and the nodes of
 *  the list whose positions judge a returned node. */
function build(kind, input) {
    if (kind === "cycle") {
        const [values, pos] = input;
        const nodes = cycleList(values, pos);
        return { args: [nodes.length ? nodes[0] : null], nodes };
    }
    if (kind === "intersection") {
        const [intersectVal, listA, listB, skipA, skipB] = input;
        const a = cycleList(listA, -1);
        let b = cycleList(intersectVal === 0 ? listB : listB.slice(0, skipB), -1);
        if (intersectVal !== 0 && skipA < a.length) {
            if (b.length) b[b.length - 1].next = a[skipA]; else b = [a[skipA]];
        }
        return { args: [a.length ? a[0] : null, b.length ? b[0] : null], nodes: a };
    }
    throw new Error(`unknown builder ${kind}`);
}

/** A returned node judged by identity: its position among `nodes`, null for null, -1 for another node. */
function position(value, nodes) {
    if (value === null || value === undefined) return null;
    const at = nodes.indexOf(value);
    return at;
}

class TypeMismatch extends Error {}

function short(value) {
    let text;
    try { text = JSON.stringify(value); } catch (e) { text = String(value); }
    if (text === undefined) text = String(value);
    return text.length > 60 ? text.slice(0, 57) + "..." : text;
}

/** `value` as the JSON of `type`. `check` (optional) holds the input's nodes (`made`) and gets the
 *  first deep-copy violation (`wrong`). */
function encode(value, type, check) {
    const mismatch = () => new TypeMismatch(`returned ${value === null ? "null" : typeof value} ${short(value)} where ${type} was expected`);
    switch (type) {
        case "void": return null;
        case "integer": case "long": case "uint32":
            if (typeof value === "bigint") return value;
            if (typeof value !== "number" || !Number.isInteger(value)) throw mismatch();
            return value;
        case "double":
            if (typeof value !== "number" || !Number.isFinite(value)) throw mismatch();
            return value;
        case "boolean":
            if (typeof value !== "boolean") throw mismatch();
            return value;
        case "string":
            if (typeof value !== "string") throw mismatch();
            return value;
        case "character":
            if (typeof value !== "string" || [...value].length !== 1) throw mismatch();
            return value;
        case "ListNode": {
            if (value !== null && value !== undefined && !(typeof value === "object" && "val" in value)) throw mismatch();
            const out = [];
            for (let node = value; node; node = node.next) {
                out.push(node.val);
                if (out.length > 1000000) throw new TypeMismatch("the returned list has a cycle");
            }
            return out;
        }
        case "TreeNode": {
            if (value !== null && value !== undefined && !(typeof value === "object" && "val" in value)) throw mismatch();
            const out = [], queue = [value];
            for (let q = 0; q < queue.length; q++) {
                const node = queue[q];
                if (!node) { out.push(null); continue; }
                out.push(node.val);
                queue.push(node.left, node.right);
            }
            while (out.length && out[out.length - 1] === null) out.pop();
            return out;
        }
        case "NextNode": return nextLevels(value, mismatch);
        case "RandomNode": return randomList(value, mismatch, check);
        case "GraphNode": return graph(value, mismatch, check);
    }
    const inner = elementType(type);
    if (inner !== null) {
        if (!Array.isArray(value)) throw mismatch();
        return value.map((v) => encode(v, inner, check));
    }
    throw mismatch();
}

const LIMIT = 1000000;

function isNode(value) { return value !== null && value !== undefined && typeof value === "object" && "val" in value; }

/** A tree's levels read through `next`, "#" after each: [1,"#",2,3,"#"]. */
function nextLevels(root, mismatch) {
    if (root !== null && root !== undefined && !isNode(root)) throw mismatch();
    const out = [];
    let first = root || null, count = 0;
    while (first) {
        let below = null;
        for (let node = first; node; node = node.next || null) {
            if (++count > LIMIT) throw new TypeMismatch("the next pointers form a cycle");
            out.push(node.val);
            if (!below) below = node.left || node.right || null;
        }
        out.push("#");
        first = below;
    }
    return out;
}

function copyCheck(check, node, index) {
    if (check && check.made && !check.wrong && check.made.has(node)) {
        check.wrong = `the answer's node ${index} (val ${short(node.val)}) is a node of the input: not a copy`;
    }
}

/** A random list as [[val, random's index or null], ...] in next order. */
function randomList(head, mismatch, check) {
    if (head !== null && head !== undefined && !isNode(head)) throw mismatch();
    const nodes = [], index = new Map();
    for (let node = head || null; node; node = node.next || null) {
        if (index.has(node)) throw new TypeMismatch("the returned list has a cycle");
        if (nodes.length >= LIMIT) throw new TypeMismatch("the returned list is too long");
        index.set(node, nodes.length);
        nodes.push(node);
    }
    return nodes.map((node, i) => {
        copyCheck(check, node, i);
        const random = node.random === undefined ? null : node.random;
        if (random === null) return [node.val, null];
        if (!index.has(random)) {
            if (check && !check.wrong) check.wrong = `the answer's node ${i} (val ${short(node.val)}) has a random pointer to a node that is not in the answer's list`;
            return [node.val, null];
        }
        return [node.val, index.get(random)];
    });
}

/** A graph as the adjacency list of the nodes reachable from `start`, ordered by val. */
function graph(start, mismatch, check) {
    if (start !== null && start !== undefined && !isNode(start)) throw mismatch();
    if (!start) return [];
    const seen = new Set([start]), order = [start];
    for (let q = 0; q < order.length; q++) {
        const neighbors = order[q].neighbors || [];
        if (!Array.isArray(neighbors)) throw new TypeMismatch(`node ${short(order[q].val)}'s neighbors is not an array`);
        for (const next of neighbors) {
            if (!isNode(next)) throw new TypeMismatch(`node ${short(order[q].val)} has a neighbor that is not a node`);
            if (!seen.has(next)) {
                if (order.length >= LIMIT) throw new TypeMismatch("the returned graph is too large");
                seen.add(next); order.push(next);
            }
        }
    }
    order.sort((a, b) => (a.val < b.val ? -1 : a.val > b.val ? 1 : 0));
    return order.map((node, i) => {
        copyCheck(check, node, i);
        return (node.neighbors || []).map((n) => n.val);
    });
}

/** Compact JSON, as the judge stores answers (BigInts as plain numbers). */
function canonical(value) {
    return JSON.stringify(value, (key, v) => typeof v === "bigint" ? `\u0000${v}\u0000` : v)
        .replace(/"\\u0000(-?\d+)\\u0000"/g, "$1");
}

module.exports = { install, decode, encode, canonical, build, position, TypeMismatch, ListNode, TreeNode };
