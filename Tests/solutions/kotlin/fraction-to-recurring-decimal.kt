class Solution {
    fun fractionToDecimal(numerator: Int, denominator: Int): String {
        if (numerator == 0) return "0"
        val sb = StringBuilder()
        if ((numerator < 0) xor (denominator < 0)) sb.append('-')
        val num = Math.abs(numerator.toLong())
        val den = Math.abs(denominator.toLong())
        sb.append(num / den)
        var rem = num % den
        if (rem == 0L) return sb.toString()
        sb.append('.')
        val seen = HashMap<Long, Int>()
        while (rem != 0L) {
            if (rem in seen) {
                sb.insert(seen[rem]!!, "(")
                sb.append(')')
                break
            }
            seen[rem] = sb.length
            rem *= 10
            sb.append(rem / den)
            rem %= den
        }
        return sb.toString()
    }
}
