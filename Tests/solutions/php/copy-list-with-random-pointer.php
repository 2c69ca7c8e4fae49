<?php
/**
 * Definition for a Node.
 * class Node {
 *     public $val = null;
 *     public $next = null;
 *     public $random = null;
 *     function __construct($val = 0) {
 *         $this->val = $val;
 *         $this->next = null;
 *         $this->random = null;
 *     }
 * }
 */

class Solution {
    /**
     * @param Node $head
     * @return Node
     */
    function copyRandomList($head) {
        $copies = new SplObjectStorage();
        for ($node = $head; $node !== null; $node = $node->next) $copies[$node] = new Node($node->val);
        for ($node = $head; $node !== null; $node = $node->next) {
            $copy = $copies[$node];
            $copy->next = $node->next === null ? null : $copies[$node->next];
            $copy->random = $node->random === null ? null : $copies[$node->random];
        }
        return $head === null ? null : $copies[$head];
    }
}
