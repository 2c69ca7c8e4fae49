/**
 * Definition for _Node.
 * class _Node {
 *     val: number
 *     neighbors: _Node[]
 * 
 *     constructor(val?: number, neighbors?: _Node[]) {
 *         this.val = (val===undefined ? 0 : val)
 *         this.neighbors = (neighbors===undefined ? [] : neighbors)
 *     }
 * }
 * 
 */


function cloneGraph(node: _Node | null): _Node | null {
    if (!node) return null;
    const copies = new Map<_Node, _Node>([[node, new _Node(node.val)]]);
    const queue: _Node[] = [node];
    while (queue.length) {
        const current = queue.shift()!;
        for (const next of current.neighbors) {
            if (!copies.has(next)) {
                copies.set(next, new _Node(next.val));
                queue.push(next);
            }
            copies.get(current)!.neighbors.push(copies.get(next)!);
        }
    }
    return copies.get(node)!;
};
