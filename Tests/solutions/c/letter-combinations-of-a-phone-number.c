/**
 * Note: The returned array must be malloced, assume caller calls free().
 */
char** letterCombinations(char* digits, int* returnSize) {
    static const char* letters[] = {"", "", "abc", "def", "ghi", "jkl", "mno", "pqrs", "tuv", "wxyz"};
    int n = strlen(digits);
    *returnSize = 0;
    if (n == 0) return malloc(sizeof(char*));
    int total = 1;
    for (int i = 0; i < n; i++) total *= strlen(letters[digits[i] - '0']);
    char** res = malloc(total * sizeof(char*));
    for (int k = 0; k < total; k++) {
        res[k] = malloc(n + 1);
        int rest = k;
        for (int i = n - 1; i >= 0; i--) {
            const char* l = letters[digits[i] - '0'];
            int len = strlen(l);
            res[k][i] = l[rest % len];
            rest /= len;
        }
        res[k][n] = '\0';
    }
    *returnSize = total;
    return res;
}
