function partition(s: string): string[][] {
    const res: string[][] = [];
    const path: string[] = [];
    const isPal = (l: number, r: number) => {
        while (l < r) if (s[l++] !== s[r--]) return false;
        return true;
    };
    const bt = (start: number) => {
        if (start === s.length) { res.push([...path]); return; }
        for (let end = start; end < s.length; end++) {
            if (isPal(start, end)) {
                path.push(s.substring(start, end + 1));
                bt(end + 1);
                path.pop();
            }
        }
    };
    bt(0);
    return res;
};
