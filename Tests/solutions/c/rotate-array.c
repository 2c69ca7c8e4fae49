static void reverse(int* nums, int i, int j) {
    while (i < j) {
        int t = nums[i];
        nums[i++] = nums[j];
        nums[j--] = t;
    }
}

void rotate(int* nums, int numsSize, int k) {
    k %= numsSize;
    reverse(nums, 0, numsSize - 1);
    reverse(nums, 0, k - 1);
    reverse(nums, k, numsSize - 1);
}
