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
    ListNode* reverseKGroup(ListNode* head, int k) {
        ListNode dummy(0, head);
        ListNode* before = &dummy;
        while (true) {
            ListNode* probe = before;
            for (int i = 0; i < k; i++) {
                probe = probe->next;
                if (!probe) return dummy.next;
            }
            ListNode* first = before->next;
            ListNode* prev = probe->next;
            ListNode* node = first;
            for (int i = 0; i < k; i++) {
                ListNode* next = node->next;
                node->next = prev;
                prev = node;
                node = next;
            }
            before->next = prev;
            before = first;
        }
    }
};
