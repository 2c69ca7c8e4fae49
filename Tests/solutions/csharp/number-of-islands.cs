public class Solution {
    public int NumIslands(char[][] grid) {
        int count = 0;
        for (int i = 0; i < grid.Length; i++) {
            for (int j = 0; j < grid[0].Length; j++) {
                if (grid[i][j] == '1') {
                    count++;
                    Sink(grid, i, j);
                }
            }
        }
        return count;
    }

    private void Sink(char[][] grid, int si, int sj) {
        var q = new Queue<int[]>();
        q.Enqueue(new[] { si, sj });
        grid[si][sj] = '0';
        int[][] dirs = { new[] { 1, 0 }, new[] { -1, 0 }, new[] { 0, 1 }, new[] { 0, -1 } };
        while (q.Count > 0) {
            var cur = q.Dequeue();
            foreach (var d in dirs) {
                int x = cur[0] + d[0], y = cur[1] + d[1];
                if (x >= 0 && y >= 0 && x < grid.Length && y < grid[0].Length && grid[x][y] == '1') {
                    grid[x][y] = '0';
                    q.Enqueue(new[] { x, y });
                }
            }
        }
    }
}
