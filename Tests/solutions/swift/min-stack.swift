class MinStack {
    private var stack: [(value: Int, min: Int)] = []

    init() {
        
    }
    
    func push(_ val: Int) {
        stack.append((val, Swift.min(val, stack.last?.min ?? val)))
    }
    
    func pop() {
        stack.removeLast()
    }
    
    func top() -> Int {
        stack.last!.value
    }
    
    func getMin() -> Int {
        stack.last!.min
    }
}

/**
 * Your MinStack object will be instantiated and called as such:
 * let obj = MinStack()
 * obj.push(val)
 * obj.pop()
 * let ret_3: Int = obj.top()
 * let ret_4: Int = obj.getMin()
 */
