public class MinStack {
    private readonly Stack<int[]> stack = new Stack<int[]>();

    public MinStack() {
        
    }
    
    public void Push(int val) {
        int min = stack.Count == 0 ? val : Math.Min(val, stack.Peek()[1]);
        stack.Push(new[] { val, min });
    }
    
    public void Pop() {
        stack.Pop();
    }
    
    public int Top() {
        return stack.Peek()[0];
    }
    
    public int GetMin() {
        return stack.Peek()[1];
    }
}

/**
 * Your MinStack object will be instantiated and called as such:
 * MinStack obj = new MinStack();
 * obj.Push(val);
 * obj.Pop();
 * int param_3 = obj.Top();
 * int param_4 = obj.GetMin();
 */
