struct Node* connect(struct Node* root) {
    struct Node* leftmost = root;
    while (leftmost) {
        struct Node dummy = {0};
        struct Node* tail = &dummy;
        for (struct Node* node = leftmost; node; node = node->next) {
            if (node->left) { tail->next = node->left; tail = tail->next; }
            if (node->right) { tail->next = node->right; tail = tail->next; }
        }
        leftmost = dummy.next;
    }
    return root;
}
