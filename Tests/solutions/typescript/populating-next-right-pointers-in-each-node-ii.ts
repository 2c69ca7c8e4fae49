function connect(root: _Node | null): _Node | null {
    let leftmost = root;
    while (leftmost) {
        const dummy = new _Node(0);
        let tail = dummy;
        for (let node: _Node | null = leftmost; node; node = node.next) {
            if (node.left) { tail.next = node.left; tail = node.left; }
            if (node.right) { tail.next = node.right; tail = node.right; }
        }
        leftmost = dummy.next;
    }
    return root;
};
