<?php
/**
 * Definition for a singly-linked list.
 * class ListNode {
 *     public $val = 0;
 *     public $next = null;
 *     function __construct($val = 0, $next = null) {
 *         $this->val = $val;
 *         $this->next = $next;
 *     }
 * }
 */
class Solution {
    function addTwoNumbers($l1, $l2) {
        $dummy = new ListNode();
        $tail = $dummy;
        $carry = 0;
        while ($l1 !== null || $l2 !== null || $carry > 0) {
            $sum = $carry + ($l1 ? $l1->val : 0) + ($l2 ? $l2->val : 0);
            $carry = intdiv($sum, 10);
            $tail->next = new ListNode($sum % 10);
            $tail = $tail->next;
            $l1 = $l1 ? $l1->next : null;
            $l2 = $l2 ? $l2->next : null;
        }
        return $dummy->next;
    }
}
