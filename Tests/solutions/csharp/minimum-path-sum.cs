public class Solution {
    public int MinPathSum(int[][] grid) {
        int m = grid.Length, n = grid[0].Length;
        var dist = new int[m, n];
        for (int i = 0; i < m; i++)
            for (int j = 0; j < n; j++)
                dist[i, j] = int.MaxValue;
        var pq = new PriorityQueue<(int r, int c), int>();
        dist[0, 0] = grid[0][0];
        pq.Enqueue((0, 0), grid[0][0]);
        var dirs = new (int, int)[] { (0, 1), (1, 0) };
        while (pq.TryDequeue(out var cell, out int d)) {
            var (r, c) = cell;
            if (d > dist[r, c]) continue;
            if (r == m - 1 && c == n - 1) return d;
            foreach (var (dr, dc) in dirs) {
                int nr = r + dr, nc = c + dc;
                if (nr >= m || nc >= n) continue;
                int nd = d + grid[nr][nc];
                if (nd < dist[nr, nc]) {
                    dist[nr, nc] = nd;
                    pq.Enqueue((nr, nc), nd);
                }
            }
        }
        return dist[m - 1, n - 1];
    }
}
