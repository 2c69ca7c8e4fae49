class Solution {
    public List<String> fullJustify(String[] words, int maxWidth) {
        List<String> lines = new ArrayList<>();
        int n = words.length, i = 0;
        while (i < n) {
            int j = i + 1, width = words[i].length();
            while (j < n && width + 1 + words[j].length() <= maxWidth) {
                width += 1 + words[j].length();
                j++;
            }
            StringBuilder line = new StringBuilder();
            if (j == n || j - i == 1) {
                for (int k = i; k < j; k++) {
                    if (k > i) line.append(' ');
                    line.append(words[k]);
                }
                while (line.length() < maxWidth) line.append(' ');
            } else {
                int gaps = j - i - 1, letters = width - gaps;
                int spaces = maxWidth - letters, wide = spaces / gaps, extra = spaces % gaps;
                for (int k = i; k < j - 1; k++) {
                    line.append(words[k]);
                    int count = wide + (k - i < extra ? 1 : 0);
                    for (int s = 0; s < count; s++) line.append(' ');
                }
                line.append(words[j - 1]);
            }
            lines.add(line.toString());
            i = j;
        }
        return lines;
    }
}
