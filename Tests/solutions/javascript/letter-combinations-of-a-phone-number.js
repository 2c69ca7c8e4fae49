/**
 * @param {string} digits
 * @return {string[]}
 */
var letterCombinations = function(digits) {
    if (!digits.length) return [];
    const map = { 2: 'abc', 3: 'def', 4: 'ghi', 5: 'jkl', 6: 'mno', 7: 'pqrs', 8: 'tuv', 9: 'wxyz' };
    let res = [''];
    for (const d of digits) {
        const next = [];
        for (const prefix of res) for (const c of map[d]) next.push(prefix + c);
        res = next;
    }
    return res;
};
