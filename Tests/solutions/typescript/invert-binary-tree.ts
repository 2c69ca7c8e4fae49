function invertTree(root: TreeNode | null): TreeNode | null {
    const stack = [root];
    while (stack.length) {
        const node = stack.pop();
        if (!node) continue;
        [node.left, node.right] = [node.right, node.left];
        stack.push(node.left, node.right);
    }
    return root;
};
