/**
 * Definition for _Node.
 * class _Node {
 *     val: number
 *     next: _Node | null
 *     random: _Node | null
 * 
 *     constructor(val?: number, next?: _Node, random?: _Node) {
 *         this.val = (val===undefined ? 0 : val)
 *         this.next = (next===undefined ? null : next)
 *         this.random = (random===undefined ? null : random)
 *     }
 * }
 */


function copyRandomList(head: _Node | null): _Node | null {
    const copies = new Map<_Node, _Node>();
    for (let node = head; node; node = node.next) copies.set(node, new _Node(node.val));
    for (let node = head; node; node = node.next) {
        const copy = copies.get(node)!;
        copy.next = node.next ? copies.get(node.next)! : null;
        copy.random = node.random ? copies.get(node.random)! : null;
    }
    return head ? copies.get(head)! : null;
};
