function grayCode(n: number): number[] {
    const res: number[] = [];
    for (let i = 0; i < (1 << n); i++) res.push(i ^ (i >> 1));
    return res;
};
