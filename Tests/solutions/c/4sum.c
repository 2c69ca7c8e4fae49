static int cmp(const void* a, const void* b) {
    int x = *(const int*)a, y = *(const int*)b;
    return (x > y) - (x < y);
}

/**
 * Return an array of arrays of size *returnSize.
 * The sizes of the arrays are returned as *returnColumnSizes array.
 * Note: Both returned array and *columnSizes array must be malloced, assume caller calls free().
 */
int** fourSum(int* nums, int numsSize, int target, int* returnSize, int** returnColumnSizes) {
    qsort(nums, numsSize, sizeof(int), cmp);
    int cap = 16;
    int** res = malloc(cap * sizeof(int*));
    *returnColumnSizes = malloc(cap * sizeof(int));
    *returnSize = 0;
    for (int i = 0; i < numsSize - 3; i++) {
        if (i > 0 && nums[i] == nums[i - 1]) continue;
        for (int j = i + 1; j < numsSize - 2; j++) {
            if (j > i + 1 && nums[j] == nums[j - 1]) continue;
            int l = j + 1, r = numsSize - 1;
            while (l < r) {
                long long sum = (long long)nums[i] + nums[j] + nums[l] + nums[r];
                if (sum < target) l++;
                else if (sum > target) r--;
                else {
                    if (*returnSize == cap) {
                        cap *= 2;
                        res = realloc(res, cap * sizeof(int*));
                        *returnColumnSizes = realloc(*returnColumnSizes, cap * sizeof(int));
                    }
                    int* quad = malloc(4 * sizeof(int));
                    quad[0] = nums[i]; quad[1] = nums[j]; quad[2] = nums[l]; quad[3] = nums[r];
                    (*returnColumnSizes)[*returnSize] = 4;
                    res[(*returnSize)++] = quad;
                    while (l < r && nums[l] == nums[l + 1]) l++;
                    while (l < r && nums[r] == nums[r - 1]) r--;
                    l++; r--;
                }
            }
        }
    }
    return res;
}
