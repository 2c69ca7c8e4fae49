/**
 * Note: The returned array must be malloced, assume caller calls free().
 */
int* twoSum(int* numbers, int numbersSize, int target, int* returnSize) {
    int* res = malloc(2 * sizeof(int));
    *returnSize = 2;
    int l = 0, r = numbersSize - 1;
    while (l < r) {
        int sum = numbers[l] + numbers[r];
        if (sum == target) {
            res[0] = l + 1;
            res[1] = r + 1;
            return res;
        }
        if (sum < target) l++;
        else r--;
    }
    *returnSize = 0;
    return res;
}
