func evalRPN(tokens []string) int {
    stack := []int{}
    for _, t := range tokens {
        switch t {
        case "+", "-", "*", "/":
            b, a := stack[len(stack)-1], stack[len(stack)-2]
            stack = stack[:len(stack)-2]
            var r int
            switch t {
            case "+":
                r = a + b
            case "-":
                r = a - b
            case "*":
                r = a * b
            default:
                r = a / b
            }
            stack = append(stack, r)
        default:
            v, _ := strconv.Atoi(t)
            stack = append(stack, v)
        }
    }
    return stack[0]
}
