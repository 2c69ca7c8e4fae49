function generateTrees(n: number): Array<TreeNode | null> {
    const build = (low: number, high: number): Array<TreeNode | null> => {
        if (low > high) return [null];
        const out: Array<TreeNode | null> = [];
        for (let root = low; root <= high; root++)
            for (const left of build(low, root - 1))
                for (const right of build(root + 1, high))
                    out.push(new TreeNode(root, left, right));
        return out;
    };
    return build(1, n);
};
