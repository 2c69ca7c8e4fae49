function numIslands(grid: string[][]): number {
    const m = grid.length, n = grid[0].length;
    let count = 0;
    for (let i = 0; i < m; i++) {
        for (let j = 0; j < n; j++) {
            if (grid[i][j] !== '1') continue;
            count++;
            const stack: number[] = [i * n + j];
            grid[i][j] = '0';
            while (stack.length) {
                const cur = stack.pop()!;
                const r = Math.floor(cur / n), c = cur % n;
                for (const [dr, dc] of [[1, 0], [-1, 0], [0, 1], [0, -1]]) {
                    const x = r + dr, y = c + dc;
                    if (x >= 0 && y >= 0 && x < m && y < n && grid[x][y] === '1') {
                        grid[x][y] = '0';
                        stack.push(x * n + y);
                    }
                }
            }
        }
    }
    return count;
};
