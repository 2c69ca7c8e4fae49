class MinStack() {
    private val values = ArrayList<Int>()
    private val mins = ArrayList<Int>()

    fun push(`val`: Int) {
        values.add(`val`)
        mins.add(if (mins.isEmpty()) `val` else minOf(`val`, mins.last()))
    }

    fun pop() {
        values.removeAt(values.size - 1)
        mins.removeAt(mins.size - 1)
    }

    fun top(): Int {
        return values.last()
    }

    fun getMin(): Int {
        return mins.last()
    }

}

/**
 * Your MinStack object will be instantiated and called as such:
 * var obj = MinStack()
 * obj.push(`val`)
 * obj.pop()
 * var param_3 = obj.top()
 * var param_4 = obj.getMin()
 */
