/**
 Do not return anything, modify root in-place instead.
 */
function flatten(root: TreeNode | null): void {
    for (let node = root; node; node = node.right) {
        if (node.left) {
            let last: TreeNode = node.left;
            while (last.right) last = last.right;
            last.right = node.right;
            node.right = node.left;
            node.left = null;
        }
    }
};
