/**
 * Note: The returned array must be malloced, assume caller calls free().
 */
struct entry {
    int value;
    int index;
    UT_hash_handle hh;
};

int* twoSum(int* nums, int numsSize, int target, int* returnSize) {
    struct entry *seen = NULL, *found, *e;
    int* result = malloc(2 * sizeof(int));
    *returnSize = 0;
    for (int i = 0; i < numsSize; i++) {
        int need = target - nums[i];
        HASH_FIND_INT(seen, &need, found);
        if (found) {
            result[0] = found->index;
            result[1] = i;
            *returnSize = 2;
            break;
        }
        HASH_FIND_INT(seen, &nums[i], found);
        if (!found) {
            e = malloc(sizeof(struct entry));
            e->value = nums[i];
            e->index = i;
            HASH_ADD_INT(seen, value, e);
        }
    }
    return result;
}
