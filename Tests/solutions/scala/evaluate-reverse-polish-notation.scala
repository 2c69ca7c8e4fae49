object Solution {
    def evalRPN(tokens: Array[String]): Int = {
        val stack = scala.collection.mutable.Stack[Int]()
        for (t <- tokens) {
            t match {
                case "+" | "-" | "*" | "/" =>
                    val b = stack.pop()
                    val a = stack.pop()
                    stack.push(t match {
                        case "+" => a + b
                        case "-" => a - b
                        case "*" => a * b
                        case _ => a / b
                    })
                case _ => stack.push(t.toInt)
            }
        }
        stack.pop()
    }
}
