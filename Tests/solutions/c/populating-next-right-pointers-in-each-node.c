/**
 * Definition for a Node.
 * struct Node {
 *     int val;
 *     struct Node *left;
 *     struct Node *right;
 *     struct Node *next;
 * };
 */

struct Node* connect(struct Node* root) {
    for (struct Node* level = root; level && level->left; level = level->left) {
        for (struct Node* p = level; p; p = p->next) {
            p->left->next = p->right;
            if (p->next) p->right->next = p->next->left;
        }
    }
    return root;
}
