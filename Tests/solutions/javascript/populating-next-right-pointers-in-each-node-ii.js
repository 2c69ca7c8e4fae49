/**
 * @param {_Node} root
 * @return {_Node}
 */
var connect = function(root) {
    let leftmost = root;
    while (leftmost) {
        const dummy = new _Node(0);
        let tail = dummy;
        for (let node = leftmost; node; node = node.next) {
            if (node.left) { tail.next = node.left; tail = tail.next; }
            if (node.right) { tail.next = node.right; tail = tail.next; }
        }
        leftmost = dummy.next;
    }
    return root;
};
