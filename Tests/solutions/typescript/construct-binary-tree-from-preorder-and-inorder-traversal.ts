function buildTree(preorder: number[], inorder: number[]): TreeNode | null {
    const idx = new Map<number, number>();
    inorder.forEach((v, i) => idx.set(v, i));
    let p = 0;
    const build = (l: number, r: number): TreeNode | null => {
        if (l > r) return null;
        const val = preorder[p++];
        const root = new TreeNode(val);
        const m = idx.get(val)!;
        root.left = build(l, m - 1);
        root.right = build(m + 1, r);
        return root;
    };
    return build(0, inorder.length - 1);
};
