function fractionToDecimal(numerator: number, denominator: number): string {
    if (numerator === 0) return "0";
    let res = "";
    if ((numerator < 0) !== (denominator < 0)) res += "-";
    let num = Math.abs(numerator), den = Math.abs(denominator);
    res += Math.floor(num / den).toString();
    let rem = num % den;
    if (rem === 0) return res;
    res += ".";
    const seen = new Map<number, number>();
    while (rem !== 0) {
        if (seen.has(rem)) {
            const i = seen.get(rem)!;
            return res.slice(0, i) + "(" + res.slice(i) + ")";
        }
        seen.set(rem, res.length);
        rem *= 10;
        res += Math.floor(rem / den).toString();
        rem %= den;
    }
    return res;
};
