function sortedListToBST(head: ListNode | null): TreeNode | null {
    let size = 0;
    for (let node = head; node; node = node.next) size++;
    let current = head;
    const build = (count: number): TreeNode | null => {
        if (count === 0) return null;
        const left = build(count >> 1);
        const root = new TreeNode(current!.val, left);
        current = current!.next;
        root.right = build(count - (count >> 1) - 1);
        return root;
    };
    return build(size);
};
