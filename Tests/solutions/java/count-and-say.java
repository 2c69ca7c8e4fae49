class Solution {
    public String countAndSay(int n) {
        String term = "1";
        for (int k = 1; k < n; k++) {
            StringBuilder next = new StringBuilder();
            int i = 0;
            while (i < term.length()) {
                int j = i;
                while (j < term.length() && term.charAt(j) == term.charAt(i)) j++;
                next.append(j - i).append(term.charAt(i));
                i = j;
            }
            term = next.toString();
        }
        return term;
    }
}
