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

function install(global) {
    Object.assign(global, { ListNode, TreeNode, PriorityQueue, MinPriorityQueue, MaxPriorityQueue, Queue });
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

function decode(value, type) {
    if (type === "ListNode") return toList(value);
    if (type === "TreeNode") return toTree(value);
    const inner = elementType(type);
    if (inner !== null) return value.map((v) => decode(v, inner));
    return value;
}

class TypeMismatch extends Error {}

function short(value) {
    let text;
    try { text = JSON.stringify(value); } catch (e) { text = String(value); }
    if (text === undefined) text = String(value);
    return text.length > 60 ? text.slice(0, 57) + "..." : text;
}

function encode(value, type) {
    const mismatch = () => new TypeMismatch(`returned ${value === null ? "null" : typeof value} ${short(value)} where ${type} was expected`);
    switch (type) {
        case "void": return null;
        case "integer": case "long":
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
    }
    const inner = elementType(type);
    if (inner !== null) {
        if (!Array.isArray(value)) throw mismatch();
        return value.map((v) => encode(v, inner));
    }
    throw mismatch();
}

/** Compact JSON, as the judge stores answers (BigInts as plain numbers). */
function canonical(value) {
    return JSON.stringify(value, (key, v) => typeof v === "bigint" ? `\u0000${v}\u0000` : v)
        .replace(/"\\u0000(-?\d+)\\u0000"/g, "$1");
}

module.exports = { install, decode, encode, canonical, TypeMismatch, ListNode, TreeNode };
