class Solution {
    public int numIslands(char[][] grid) {
        int m = grid.length, n = grid[0].length, count = 0;
        int[] dr = {1, -1, 0, 0}, dc = {0, 0, 1, -1};
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                if (grid[i][j] != '1') continue;
                count++;
                grid[i][j] = '0';
                Deque<int[]> stack = new ArrayDeque<>();
                stack.push(new int[] {i, j});
                while (!stack.isEmpty()) {
                    int[] cell = stack.pop();
                    for (int d = 0; d < 4; d++) {
                        int r = cell[0] + dr[d], c = cell[1] + dc[d];
                        if (r >= 0 && c >= 0 && r < m && c < n && grid[r][c] == '1') {
                            grid[r][c] = '0';
                            stack.push(new int[] {r, c});
                        }
                    }
                }
            }
        }
        return count;
    }
}
