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

    /**
     * @param ListNode $head
     * @param Integer $left
     * @param Integer $right
     * @return ListNode
     */
    function reverseBetween($head, $left, $right) {
        $dummy = new ListNode(0, $head);
        $prev = $dummy;
        for ($i = 1; $i < $left; $i++) $prev = $prev->next;
        $curr = $prev->next;
        for ($i = 0; $i < $right - $left; $i++) {
            $next = $curr->next;
            $curr->next = $next->next;
            $next->next = $prev->next;
            $prev->next = $next;
        }
        return $dummy->next;
    }
}
