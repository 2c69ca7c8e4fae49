/**
 * @param {string} s
 * @param {string[]} wordDict
 * @return {string[]}
 */
var wordBreak = function(s, wordDict) {
    const dict = new Set(wordDict);
    const memo = new Map();
    const dfs = (start) => {
        if (memo.has(start)) return memo.get(start);
        const res = [];
        if (start === s.length) res.push('');
        for (let end = start + 1; end <= s.length; end++) {
            const word = s.substring(start, end);
            if (dict.has(word)) {
                for (const rest of dfs(end)) res.push(rest ? word + ' ' + rest : word);
            }
        }
        memo.set(start, res);
        return res;
    };
    return dfs(0);
};
