class Solution {
    func evalRPN(_ tokens: [String]) -> Int {
        var stack = [Int]()
        for t in tokens {
            switch t {
            case "+", "-", "*", "/":
                let b = stack.removeLast(), a = stack.removeLast()
                switch t {
                case "+": stack.append(a + b)
                case "-": stack.append(a - b)
                case "*": stack.append(a * b)
                default: stack.append(a / b)
                }
            default:
                stack.append(Int(t)!)
            }
        }
        return stack.last!
    }
}
