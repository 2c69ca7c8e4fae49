class Solution {
    public int maximalRectangle(char[][] matrix) {
        int cols = matrix[0].length;
        int[] heights = new int[cols + 1];
        int best = 0;
        for (char[] row : matrix) {
            for (int j = 0; j < cols; j++) heights[j] = row[j] == '1' ? heights[j] + 1 : 0;
            Deque<Integer> stack = new ArrayDeque<>();
            for (int i = 0; i <= cols; i++) {
                while (!stack.isEmpty() && heights[stack.peek()] >= heights[i]) {
                    int h = heights[stack.pop()];
                    int left = stack.isEmpty() ? -1 : stack.peek();
                    best = Math.max(best, h * (i - left - 1));
                }
                stack.push(i);
            }
        }
        return best;
    }
}
