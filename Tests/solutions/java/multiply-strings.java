class Solution {
    public String multiply(String num1, String num2) {
        if (num1.equals("0") || num2.equals("0")) return "0";
        int m = num1.length(), n = num2.length();
        int[] digits = new int[m + n];
        for (int i = m - 1; i >= 0; i--) {
            for (int j = n - 1; j >= 0; j--) {
                int total = digits[i + j + 1] + (num1.charAt(i) - '0') * (num2.charAt(j) - '0');
                digits[i + j + 1] = total % 10;
                digits[i + j] += total / 10;
            }
        }
        StringBuilder out = new StringBuilder();
        for (int d : digits) {
            if (out.length() == 0 && d == 0) continue;
            out.append(d);
        }
        return out.toString();
    }
}
