/**
 * @param {string} s
 * @return {number}
 */
var myAtoi = function(s) {
    let i = 0, sign = 1, value = 0;
    while (s[i] === " ") i++;
    if (s[i] === "+" || s[i] === "-") { if (s[i] === "-") sign = -1; i++; }
    while (i < s.length && s[i] >= "0" && s[i] <= "9") {
        value = value * 10 + (s.charCodeAt(i) - 48);
        if (value > 2 ** 31) break;
        i++;
    }
    return Math.max(-(2 ** 31), Math.min(2 ** 31 - 1, sign * value));
};
