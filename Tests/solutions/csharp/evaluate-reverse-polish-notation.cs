public class Solution {
    public int EvalRPN(string[] tokens) {
        var st = new Stack<int>();
        foreach (var t in tokens) {
            switch (t) {
                case "+": st.Push(st.Pop() + st.Pop()); break;
                case "-": { int b = st.Pop(), a = st.Pop(); st.Push(a - b); break; }
                case "*": st.Push(st.Pop() * st.Pop()); break;
                case "/": { int b = st.Pop(), a = st.Pop(); st.Push(a / b); break; }
                default: st.Push(int.Parse(t)); break;
            }
        }
        return st.Pop();
    }
}
