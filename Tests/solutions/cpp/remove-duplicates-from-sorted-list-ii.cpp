/**
 * Definition for singly-linked list.
 * struct ListNode {
 *     int val;
 *     ListNode *next;
 *     ListNode() : val(0), next(nullptr) {}
 *     ListNode(int x) : val(x), next(nullptr) {}
 *     ListNode(int x, ListNode *next) : val(x), next(next) {}
 * };
 */
class Solution {
public:
    ListNode* deleteDuplicates(ListNode* head) {
        ListNode dummy(0, head);
        ListNode* tail = &dummy;
        ListNode* node = head;
        while (node) {
            if (node->next && node->next->val == node->val) {
                int value = node->val;
                while (node && node->val == value) node = node->next;
                tail->next = node;
            } else {
                tail = node;
                node = node->next;
            }
        }
        return dummy.next;
    }
};
