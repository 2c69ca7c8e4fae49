/**
 * // Definition for a _Node.
 * function _Node(val, neighbors) {
 *    this.val = val === undefined ? 0 : val;
 *    this.neighbors = neighbors === undefined ? [] : neighbors;
 * };
 */

/**
 * @param {_Node} node
 * @return {_Node}
 */
var cloneGraph = function(node) {
    if (!node) return null;
    const copies = new Map([[node, new _Node(node.val)]]);
    const queue = [node];
    while (queue.length) {
        const current = queue.shift();
        for (const next of current.neighbors) {
            if (!copies.has(next)) {
                copies.set(next, new _Node(next.val));
                queue.push(next);
            }
            copies.get(current).neighbors.push(copies.get(next));
        }
    }
    return copies.get(node);
};
