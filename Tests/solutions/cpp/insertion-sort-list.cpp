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
    ListNode* insertionSortList(ListNode* head) {
        ListNode dummy(0);
        while (head) {
            ListNode* next = head->next;
            ListNode* at = &dummy;
            while (at->next && at->next->val <= head->val) at = at->next;
            head->next = at->next;
            at->next = head;
            head = next;
        }
        return dummy.next;
    }
};
