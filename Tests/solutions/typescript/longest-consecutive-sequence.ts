function longestConsecutive(nums: number[]): number {
    const set = new Set(nums);
    const starts = [...set].toSorted((a, b) => a - b).filter((n) => !set.has(n - 1));
    let best = 0;
    for (const n of starts) {
        let len = 1;
        while (set.has(n + len)) len++;
        best = Math.max(best, len);
    }
    return best;
}
