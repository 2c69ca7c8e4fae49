function levelOrder(root: TreeNode | null): number[][] {
    const out: number[][] = [];
    let level: TreeNode[] = root ? [root] : [];
    while (level.length) {
        out.push(level.map((n) => n.val));
        level = level.flatMap((n) => [n.left, n.right].filter((c): c is TreeNode => c !== null));
    }
    return out;
};
