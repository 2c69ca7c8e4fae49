/**
 * @param {number[][]} intervals
 * @return {number[][]}
 */
var merge = function(intervals) {
    const sorted = intervals.toSorted((a, b) => a[0] - b[0]);
    const res = [];
    for (const [start, end] of sorted) {
        const last = res.at(-1);
        if (last && start <= last[1]) {
            res[res.length - 1] = last.with(1, Math.max(last[1], end));
        } else {
            res.push([start, end]);
        }
    }
    return res;
};
