function generateMatrix(n: number): number[][] {
    const m: number[][] = Array.from({ length: n }, () => new Array(n).fill(0));
    let top = 0, bottom = n - 1, left = 0, right = n - 1, v = 1;
    while (top <= bottom && left <= right) {
        for (let j = left; j <= right; j++) m[top][j] = v++;
        top++;
        for (let i = top; i <= bottom; i++) m[i][right] = v++;
        right--;
        if (top <= bottom) {
            for (let j = right; j >= left; j--) m[bottom][j] = v++;
            bottom--;
        }
        if (left <= right) {
            for (let i = bottom; i >= top; i--) m[i][left] = v++;
            left++;
        }
    }
    return m;
};
