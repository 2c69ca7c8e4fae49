/**
 * @param {number} numerator
 * @param {number} denominator
 * @return {string}
 */
var fractionToDecimal = function(numerator, denominator) {
    if (numerator === 0) return '0';
    let res = '';
    if ((numerator < 0) !== (denominator < 0)) res += '-';
    let n = Math.abs(numerator), d = Math.abs(denominator);
    res += Math.floor(n / d);
    let rem = n % d;
    if (rem === 0) return res;
    res += '.';
    const seen = new Map();
    while (rem !== 0) {
        if (seen.has(rem)) {
            const idx = seen.get(rem);
            return res.slice(0, idx) + '(' + res.slice(idx) + ')';
        }
        seen.set(rem, res.length);
        rem *= 10;
        res += Math.floor(rem / d);
        rem %= d;
    }
    return res;
};
