/**
 * // Definition for a _Node.
 * function _Node(val, next, random) {
 *    this.val = val;
 *    this.next = next;
 *    this.random = random;
 * };
 */

/**
 * @param {_Node} head
 * @return {_Node}
 */
var copyRandomList = function(head) {
    const copies = new Map();
    for (let node = head; node; node = node.next) copies.set(node, new _Node(node.val, null, null));
    for (let node = head; node; node = node.next) {
        const copy = copies.get(node);
        copy.next = node.next ? copies.get(node.next) : null;
        copy.random = node.random ? copies.get(node.random) : null;
    }
    return head ? copies.get(head) : null;
};
