/**
 * @param {string} s
 * @return {string}
 */
var longestPalindrome = function(s) {
    let start = 0, length = 0;
    const grow = (l, r) => {
        while (l >= 0 && r < s.length && s[l] === s[r]) { l--; r++; }
        if (r - l - 1 > length) { start = l + 1; length = r - l - 1; }
    };
    for (let i = 0; i < s.length; i++) { grow(i, i); grow(i, i + 1); }
    return s.substring(start, start + length);
};
