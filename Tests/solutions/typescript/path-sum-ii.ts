function pathSum(root: TreeNode | null, targetSum: number): number[][] {
    const res: number[][] = [];
    const path: number[] = [];
    const dfs = (node: TreeNode | null, rem: number) => {
        if (!node) return;
        path.push(node.val);
        rem -= node.val;
        if (!node.left && !node.right && rem === 0) res.push([...path]);
        dfs(node.left, rem);
        dfs(node.right, rem);
        path.pop();
    };
    dfs(root, targetSum);
    return res;
};
