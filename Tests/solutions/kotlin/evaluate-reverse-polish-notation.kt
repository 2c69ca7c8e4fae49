class Solution {
    fun evalRPN(tokens: Array<String>): Int {
        val stack = ArrayDeque<Int>()
        for (t in tokens) {
            when (t) {
                "+", "-", "*", "/" -> {
                    val b = stack.removeLast()
                    val a = stack.removeLast()
                    stack.addLast(
                        when (t) {
                            "+" -> a + b
                            "-" -> a - b
                            "*" -> a * b
                            else -> a / b
                        }
                    )
                }
                else -> stack.addLast(t.toInt())
            }
        }
        return stack.last()
    }
}
