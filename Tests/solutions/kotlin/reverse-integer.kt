class Solution {
    fun reverse(x: Int): Int {
        var rest = x
        var result = 0L
        while (rest != 0) {
            result = result * 10 + rest % 10
            rest /= 10
        }
        return if (result in Int.MIN_VALUE..Int.MAX_VALUE) result.toInt() else 0
    }
}
