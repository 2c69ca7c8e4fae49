<?php
class Solution {
    /**
     * @param Node $root
     * @return Node
     */
    function connect($root) {
        $leftmost = $root;
        while ($leftmost !== null) {
            $dummy = new Node(0);
            $tail = $dummy;
            for ($node = $leftmost; $node !== null; $node = $node->next) {
                if ($node->left !== null) { $tail->next = $node->left; $tail = $tail->next; }
                if ($node->right !== null) { $tail->next = $node->right; $tail = $tail->next; }
            }
            $leftmost = $dummy->next;
        }
        return $root;
    }
}
