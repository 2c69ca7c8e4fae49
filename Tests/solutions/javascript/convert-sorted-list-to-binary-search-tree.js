/**
 * @param {ListNode} head
 * @return {TreeNode}
 */
var sortedListToBST = function(head) {
    let size = 0;
    for (let node = head; node; node = node.next) size++;
    let current = head;
    const build = (count) => {
        if (count === 0) return null;
        const left = build(count >> 1);
        const root = new TreeNode(current.val, left);
        current = current.next;
        root.right = build(count - (count >> 1) - 1);
        return root;
    };
    return build(size);
};
