function isValidBST(root: TreeNode | null): boolean {
    const check = (node: TreeNode | null, lo: number, hi: number): boolean => {
        if (!node) return true;
        if (node.val <= lo || node.val >= hi) return false;
        return check(node.left, lo, node.val) && check(node.right, node.val, hi);
    };
    return check(root, -Infinity, Infinity);
};
