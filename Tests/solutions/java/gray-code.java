class Solution {
    public List<Integer> grayCode(int n) {
        // from 0, always flip the highest bit that leads to a number not seen yet
        int size = 1 << n;
        boolean[] seen = new boolean[size];
        List<Integer> out = new ArrayList<>();
        int current = 0;
        seen[0] = true;
        out.add(0);
        while (out.size() < size) {
            for (int bit = n - 1; bit >= 0; bit--) {
                int next = current ^ (1 << bit);
                if (!seen[next]) {
                    seen[next] = true;
                    out.add(next);
                    current = next;
                    break;
                }
            }
        }
        return out;
    }
}
