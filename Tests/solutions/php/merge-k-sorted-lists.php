<?php
class Solution {
    /**
     * @param ListNode[] $lists
     * @return ListNode
     */
    function mergeKLists($lists) {
        $heap = new SplPriorityQueue();
        $heap->setExtractFlags(SplPriorityQueue::EXTR_DATA);
        $order = PHP_INT_MAX;
        foreach ($lists as $head) {
            if ($head !== null) $heap->insert($head, [-$head->val, $order--]);
        }
        $dummy = new ListNode(0);
        $tail = $dummy;
        while (!$heap->isEmpty()) {
            $node = $heap->extract();
            $tail->next = $node;
            $tail = $node;
            if ($node->next !== null) $heap->insert($node->next, [-$node->next->val, $order--]);
        }
        $tail->next = null;
        return $dummy->next;
    }
}
