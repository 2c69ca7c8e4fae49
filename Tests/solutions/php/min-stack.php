<?php
class MinStack {
    /**
     */
    function __construct() {
        $this->stack = [];
        $this->mins = [];
    }

    /**
     * @param Integer $val
     * @return NULL
     */
    function push($val) {
        $this->stack[] = $val;
        $this->mins[] = $this->mins ? min($val, end($this->mins)) : $val;
    }

    /**
     * @return NULL
     */
    function pop() {
        array_pop($this->stack);
        array_pop($this->mins);
    }

    /**
     * @return Integer
     */
    function top() {
        return end($this->stack);
    }

    /**
     * @return Integer
     */
    function getMin() {
        return end($this->mins);
    }
}

/**
 * Your MinStack object will be instantiated and called as such:
 * $obj = MinStack();
 * $obj->push($val);
 * $obj->pop();
 * $ret_3 = $obj->top();
 * $ret_4 = $obj->getMin();
 */
