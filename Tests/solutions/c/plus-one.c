/**
 * Note: The returned array must be malloced, assume caller calls free().
 */
int* plusOne(int* digits, int digitsSize, int* returnSize) {
    int* res = malloc((digitsSize + 1) * sizeof(int));
    int carry = 1;
    for (int i = digitsSize - 1; i >= 0; i--) {
        int d = digits[i] + carry;
        res[i + 1] = d % 10;
        carry = d / 10;
    }
    if (carry) {
        res[0] = 1;
        *returnSize = digitsSize + 1;
        return res;
    }
    memmove(res, res + 1, digitsSize * sizeof(int));
    *returnSize = digitsSize;
    return res;
}
