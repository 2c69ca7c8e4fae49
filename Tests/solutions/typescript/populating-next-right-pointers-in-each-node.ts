/**
 * Definition for _Node.
 * class _Node {
 *     val: number
 *     left: _Node | null
 *     right: _Node | null
 *     next: _Node | null
 * 
 *     constructor(val?: number, left?: _Node, right?: _Node, next?: _Node) {
 *         this.val = (val===undefined ? 0 : val)
 *         this.left = (left===undefined ? null : left)
 *         this.right = (right===undefined ? null : right)
 *         this.next = (next===undefined ? null : next)
 *     }
 * }
 */


function connect(root: _Node | null): _Node | null {
    let leftmost = root;
    while (leftmost && leftmost.left) {
        for (let node: _Node | null = leftmost; node; node = node.next) {
            node.left!.next = node.right;
            if (node.next) node.right!.next = node.next.left;
        }
        leftmost = leftmost.left;
    }
    return root;
};
