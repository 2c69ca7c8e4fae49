/**
 * @param {number[]} nums
 * @return {number}
 */
var longestConsecutive = function(nums) {
    const set = new Set(nums);
    const starts = Object.groupBy([...set], (n) => (set.has(n - 1) ? "inside" : "start")).start ?? [];
    let best = 0;
    for (const n of starts) {
        let len = 1;
        while (set.has(n + len)) len++;
        best = Math.max(best, len);
    }
    return best;
};
