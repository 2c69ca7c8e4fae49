/**
 * @param {number} n
 * @return {TreeNode[]}
 */
var generateTrees = function(n) {
    const build = (low, high) => {
        if (low > high) return [null];
        const out = [];
        for (let root = low; root <= high; root++)
            for (const left of build(low, root - 1))
                for (const right of build(root + 1, high))
                    out.push(new TreeNode(root, left, right));
        return out;
    };
    return build(1, n);
};
