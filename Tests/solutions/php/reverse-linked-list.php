<?php
class Solution {
    function reverseList($head) {
        $previous = null;
        while ($head !== null) {
            $next = $head->next;
            $head->next = $previous;
            $previous = $head;
            $head = $next;
        }
        return $previous;
    }
}
