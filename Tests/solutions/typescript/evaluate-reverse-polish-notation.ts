function evalRPN(tokens: string[]): number {
    const st: number[] = [];
    for (const t of tokens) {
        if (t === '+' || t === '-' || t === '*' || t === '/') {
            const b = st.pop()!, a = st.pop()!;
            if (t === '+') st.push(a + b);
            else if (t === '-') st.push(a - b);
            else if (t === '*') st.push(a * b);
            else st.push(Math.trunc(a / b));
        } else {
            st.push(parseInt(t));
        }
    }
    return st[0];
};
