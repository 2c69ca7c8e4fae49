<?php
class Solution {
    /**
     * @param ListNode $head
     * @return NULL
     */
    function reorderList($head) {
        $slow = $head;
        $fast = $head;
        while ($fast->next !== null && $fast->next->next !== null) {
            $slow = $slow->next;
            $fast = $fast->next->next;
        }
        $second = $slow->next;
        $slow->next = null;
        $prev = null;
        while ($second !== null) {
            $next = $second->next;
            $second->next = $prev;
            $prev = $second;
            $second = $next;
        }
        $first = $head;
        while ($prev !== null) {
            $a = $first->next;
            $b = $prev->next;
            $first->next = $prev;
            $prev->next = $a;
            $first = $a;
            $prev = $b;
        }
    }
}
