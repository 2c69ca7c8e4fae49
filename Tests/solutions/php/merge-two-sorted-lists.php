<?php
class Solution {
    function mergeTwoLists($list1, $list2) {
        $dummy = new ListNode();
        $tail = $dummy;
        while ($list1 !== null && $list2 !== null) {
            if ($list1->val <= $list2->val) { $tail->next = $list1; $list1 = $list1->next; }
            else { $tail->next = $list2; $list2 = $list2->next; }
            $tail = $tail->next;
        }
        $tail->next = $list1 ?? $list2;
        return $dummy->next;
    }
}
