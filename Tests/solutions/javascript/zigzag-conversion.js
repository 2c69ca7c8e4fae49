/**
 * @param {string} s
 * @param {number} numRows
 * @return {string}
 */
var convert = function(s, numRows) {
    if (numRows === 1 || numRows >= s.length) return s;
    const rows = new Array(numRows).fill("");
    let row = 0, step = 1;
    for (const c of s) {
        rows[row] += c;
        if (row === 0) step = 1; else if (row === numRows - 1) step = -1;
        row += step;
    }
    return rows.join("");
};
