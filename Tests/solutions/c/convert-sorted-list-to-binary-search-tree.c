static struct ListNode* current;

static struct TreeNode* build(int count) {
    if (count == 0) return NULL;
    struct TreeNode* left = build(count / 2);
    struct TreeNode* root = malloc(sizeof(struct TreeNode));
    root->val = current->val;
    current = current->next;
    root->left = left;
    root->right = build(count - count / 2 - 1);
    return root;
}

struct TreeNode* sortedListToBST(struct ListNode* head) {
    int size = 0;
    for (struct ListNode* node = head; node; node = node->next) size++;
    current = head;
    return build(size);
}
