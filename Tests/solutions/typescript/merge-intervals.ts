function merge(intervals: number[][]): number[][] {
    intervals.sort((a, b) => a[0] - b[0]);
    const res: number[][] = [];
    for (const [s, e] of intervals) {
        if (res.length && res[res.length - 1][1] >= s) {
            res[res.length - 1][1] = Math.max(res[res.length - 1][1], e);
        } else {
            res.push([s, e]);
        }
    }
    return res;
};
