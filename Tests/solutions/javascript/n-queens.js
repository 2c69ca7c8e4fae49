/**
 * @param {number} n
 * @return {string[][]}
 */
var solveNQueens = function(n) {
    const res = [], queens = [];
    const cols = new Set(), d1 = new Set(), d2 = new Set();
    const place = (r) => {
        if (r === n) {
            res.push(queens.map(c => '.'.repeat(c) + 'Q' + '.'.repeat(n - c - 1)));
            return;
        }
        for (let c = 0; c < n; c++) {
            if (cols.has(c) || d1.has(r - c) || d2.has(r + c)) continue;
            cols.add(c); d1.add(r - c); d2.add(r + c); queens.push(c);
            place(r + 1);
            cols.delete(c); d1.delete(r - c); d2.delete(r + c); queens.pop();
        }
    };
    place(0);
    return res;
};
