class Solution {
    func isPalindrome(_ x: Int) -> Bool {
        if x < 0 || (x % 10 == 0 && x != 0) { return false }
        var rest = x, reversed = 0
        while rest > reversed {
            reversed = reversed * 10 + rest % 10
            rest /= 10
        }
        return rest == reversed || rest == reversed / 10
    }
}
