function letterCombinations(digits: string): string[] {
    if (digits.length === 0) return [];
    const map = ["", "", "abc", "def", "ghi", "jkl", "mno", "pqrs", "tuv", "wxyz"];
    const res: string[] = [];
    const dfs = (i: number, cur: string) => {
        if (i === digits.length) { res.push(cur); return; }
        for (const c of map[+digits[i]]) dfs(i + 1, cur + c);
    };
    dfs(0, "");
    return res;
};
