static int cmp(const void* a, const void* b) {
    char ab[24], ba[24];
    const char* x = *(const char**)a;
    const char* y = *(const char**)b;
    sprintf(ab, "%s%s", x, y);
    sprintf(ba, "%s%s", y, x);
    return strcmp(ba, ab);
}

char* largestNumber(int* nums, int numsSize) {
    char** strs = malloc(numsSize * sizeof(char*));
    for (int i = 0; i < numsSize; i++) {
        strs[i] = malloc(12);
        sprintf(strs[i], "%d", nums[i]);
    }
    qsort(strs, numsSize, sizeof(char*), cmp);
    char* res = malloc(numsSize * 11 + 1);
    res[0] = '\0';
    if (strcmp(strs[0], "0") == 0) {
        strcpy(res, "0");
    } else {
        for (int i = 0; i < numsSize; i++) strcat(res, strs[i]);
    }
    for (int i = 0; i < numsSize; i++) free(strs[i]);
    free(strs);
    return res;
}
