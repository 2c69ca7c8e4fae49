<?php
/**
 * Definition for a Node.
 * class Node {
 *     public $val = null;
 *     public $neighbors = null;
 *     function __construct($val = 0) {
 *         $this->val = $val;
 *         $this->neighbors = array();
 *     }
 * }
 */

class Solution {
    /**
     * @param Node $node
     * @return Node
     */
    function cloneGraph($node) {
        if ($node === null) return null;
        $copies = new SplObjectStorage();
        $copies[$node] = new Node($node->val);
        $queue = [$node];
        while ($queue) {
            $current = array_shift($queue);
            foreach ($current->neighbors as $next) {
                if (!$copies->contains($next)) {
                    $copies[$next] = new Node($next->val);
                    $queue[] = $next;
                }
                $copies[$current]->neighbors[] = $copies[$next];
            }
        }
        return $copies[$node];
    }
}
