/**
 Do not return anything, modify board in-place instead.
 */
function solveSudoku(board: string[][]): void {
    const rows = Array.from({ length: 9 }, () => new Set<string>());
    const cols = Array.from({ length: 9 }, () => new Set<string>());
    const boxes = Array.from({ length: 9 }, () => new Set<string>());
    const empty: [number, number][] = [];
    for (let r = 0; r < 9; r++) {
        for (let c = 0; c < 9; c++) {
            const ch = board[r][c];
            if (ch === ".") { empty.push([r, c]); continue; }
            rows[r].add(ch); cols[c].add(ch); boxes[Math.floor(r / 3) * 3 + Math.floor(c / 3)].add(ch);
        }
    }
    const solve = (k: number): boolean => {
        if (k === empty.length) return true;
        const [r, c] = empty[k], b = Math.floor(r / 3) * 3 + Math.floor(c / 3);
        for (let d = 1; d <= 9; d++) {
            const ch = String(d);
            if (rows[r].has(ch) || cols[c].has(ch) || boxes[b].has(ch)) continue;
            board[r][c] = ch; rows[r].add(ch); cols[c].add(ch); boxes[b].add(ch);
            if (solve(k + 1)) return true;
            board[r][c] = "."; rows[r].delete(ch); cols[c].delete(ch); boxes[b].delete(ch);
        }
        return false;
    };
    solve(0);
};
