/**
 Do not return anything, modify root in-place instead.
 */
function recoverTree(root: TreeNode | null): void {
    let first: TreeNode | null = null, second: TreeNode | null = null, prev: TreeNode | null = null;
    const stack: TreeNode[] = [];
    let node = root;
    while (node || stack.length) {
        while (node) {
            stack.push(node);
            node = node.left;
        }
        node = stack.pop()!;
        if (prev && prev.val > node.val) {
            if (!first) first = prev;
            second = node;
        }
        prev = node;
        node = node.right;
    }
    if (first && second) [first.val, second.val] = [second.val, first.val];
};
