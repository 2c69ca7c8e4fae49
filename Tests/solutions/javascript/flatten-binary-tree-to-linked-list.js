/**
 * @param {TreeNode} root
 * @return {void} Do not return anything, modify root in-place instead.
 */
var flatten = function(root) {
    for (let node = root; node; node = node.right) {
        if (node.left) {
            let last = node.left;
            while (last.right) last = last.right;
            last.right = node.right;
            node.right = node.left;
            node.left = null;
        }
    }
};
