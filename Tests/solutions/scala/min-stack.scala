class MinStack() {
    private val values = scala.collection.mutable.ArrayBuffer[Int]()
    private val mins = scala.collection.mutable.ArrayBuffer[Int]()

    def push(`val`: Int): Unit = {
        values += `val`
        mins += (if (mins.isEmpty) `val` else math.min(mins.last, `val`))
    }

    def pop(): Unit = {
        values.remove(values.length - 1)
        mins.remove(mins.length - 1)
    }

    def top(): Int = {
        values.last
    }

    def getMin(): Int = {
        mins.last
    }

}

/**
 * Your MinStack object will be instantiated and called as such:
 * val obj = new MinStack()
 * obj.push(`val`)
 * obj.pop()
 * val param_3 = obj.top()
 * val param_4 = obj.getMin()
 */
