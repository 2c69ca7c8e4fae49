class Solution {
    public String fractionToDecimal(int numerator, int denominator) {
        if (numerator == 0) return "0";
        StringBuilder out = new StringBuilder();
        if ((numerator < 0) ^ (denominator < 0)) out.append('-');
        long n = Math.abs((long) numerator), d = Math.abs((long) denominator);
        out.append(n / d);
        long rest = n % d;
        if (rest == 0) return out.toString();
        out.append('.');
        Map<Long, Integer> seen = new HashMap<>();
        while (rest != 0) {
            Integer at = seen.get(rest);
            if (at != null) {
                out.insert((int) at, "(");
                out.append(')');
                break;
            }
            seen.put(rest, out.length());
            rest *= 10;
            out.append(rest / d);
            rest %= d;
        }
        return out.toString();
    }
}
