function findSubstring(s: string, words: string[]): number[] {
    const res: number[] = [];
    const wl = words[0].length, cnt = words.length, total = wl * cnt;
    const need = new Map<string, number>();
    for (const w of words) need.set(w, (need.get(w) || 0) + 1);
    for (let off = 0; off < wl; off++) {
        let left = off, count = 0;
        const seen = new Map<string, number>();
        for (let right = off; right + wl <= s.length; right += wl) {
            const w = s.substring(right, right + wl);
            if (need.has(w)) {
                seen.set(w, (seen.get(w) || 0) + 1);
                count++;
                while (seen.get(w)! > need.get(w)!) {
                    const lw = s.substring(left, left + wl);
                    seen.set(lw, seen.get(lw)! - 1);
                    count--;
                    left += wl;
                }
                if (count === cnt) {
                    res.push(left);
                    const lw = s.substring(left, left + wl);
                    seen.set(lw, seen.get(lw)! - 1);
                    count--;
                    left += wl;
                }
            } else {
                seen.clear();
                count = 0;
                left = right + wl;
            }
        }
    }
    return res;
};
