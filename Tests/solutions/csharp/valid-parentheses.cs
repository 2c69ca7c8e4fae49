public class Solution {
    private static readonly Dictionary<char, char> Pairs = new() {
        [')'] = '(',
        [']'] = '[',
        ['}'] = '{',
    };

    public bool IsValid(string s) {
        Stack<char> stack = new();
        foreach (char c in s) {
            if (Pairs.TryGetValue(c, out char open)) {
                if (!stack.TryPop(out char top) || top != open) return false;
            } else {
                stack.Push(c);
            }
        }
        return stack.Count == 0;
    }
}
