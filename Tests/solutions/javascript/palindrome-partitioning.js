/**
 * @param {string} s
 * @return {string[][]}
 */
var partition = function(s) {
    const res = [], path = [];
    const isPal = (i, j) => { while (i < j) if (s[i++] !== s[j--]) return false; return true; };
    const dfs = (start) => {
        if (start === s.length) { res.push([...path]); return; }
        for (let end = start; end < s.length; end++) {
            if (isPal(start, end)) {
                path.push(s.substring(start, end + 1));
                dfs(end + 1);
                path.pop();
            }
        }
    };
    dfs(0);
    return res;
};
