class Solution {
public:
    Node* connect(Node* root) {
        Node* leftmost = root;
        while (leftmost) {
            Node dummy(0);
            Node* tail = &dummy;
            for (Node* node = leftmost; node; node = node->next) {
                if (node->left) { tail->next = node->left; tail = tail->next; }
                if (node->right) { tail->next = node->right; tail = tail->next; }
            }
            leftmost = dummy.next;
        }
        return root;
    }
};
