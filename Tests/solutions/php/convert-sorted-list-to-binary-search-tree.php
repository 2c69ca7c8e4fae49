<?php
class Solution {
    private $current;

    /**
     * @param ListNode $head
     * @return TreeNode
     */
    function sortedListToBST($head) {
        $size = 0;
        for ($node = $head; $node !== null; $node = $node->next) $size++;
        $this->current = $head;
        return $this->build($size);
    }

    private function build($count) {
        if ($count == 0) return null;
        $left = $this->build(intdiv($count, 2));
        $root = new TreeNode($this->current->val);
        $this->current = $this->current->next;
        $root->left = $left;
        $root->right = $this->build($count - intdiv($count, 2) - 1);
        return $root;
    }
}
