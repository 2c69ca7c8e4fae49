object Solution {
    def fractionToDecimal(numerator: Int, denominator: Int): String = {
        if (numerator == 0) return "0"
        val sb = new StringBuilder
        if ((numerator < 0) ^ (denominator < 0)) sb.append('-')
        val num = math.abs(numerator.toLong)
        val den = math.abs(denominator.toLong)
        sb.append(num / den)
        var rem = num % den
        if (rem == 0) return sb.toString
        sb.append('.')
        val seen = scala.collection.mutable.HashMap[Long, Int]()
        while (rem != 0) {
            if (seen.contains(rem)) {
                sb.insert(seen(rem), "(")
                sb.append(')')
                return sb.toString
            }
            seen(rem) = sb.length
            rem *= 10
            sb.append(rem / den)
            rem %= den
        }
        sb.toString
    }
}
