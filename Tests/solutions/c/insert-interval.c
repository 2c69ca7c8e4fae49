/**
 * Return an array of arrays of size *returnSize.
 * The sizes of the arrays are returned as *returnColumnSizes array.
 * Note: Both returned array and *columnSizes array must be malloced, assume caller calls free().
 */
int** insert(int** intervals, int intervalsSize, int* intervalsColSize, int* newInterval, int newIntervalSize, int* returnSize, int** returnColumnSizes) {
    int** res = malloc((intervalsSize + 1) * sizeof(int*));
    *returnColumnSizes = malloc((intervalsSize + 1) * sizeof(int));
    int k = 0, i = 0;
    while (i < intervalsSize && intervals[i][1] < newInterval[0]) {
        res[k] = malloc(2 * sizeof(int));
        res[k][0] = intervals[i][0];
        res[k][1] = intervals[i][1];
        (*returnColumnSizes)[k++] = 2;
        i++;
    }
    int start = newInterval[0], end = newInterval[1];
    while (i < intervalsSize && intervals[i][0] <= end) {
        if (intervals[i][0] < start) start = intervals[i][0];
        if (intervals[i][1] > end) end = intervals[i][1];
        i++;
    }
    res[k] = malloc(2 * sizeof(int));
    res[k][0] = start;
    res[k][1] = end;
    (*returnColumnSizes)[k++] = 2;
    while (i < intervalsSize) {
        res[k] = malloc(2 * sizeof(int));
        res[k][0] = intervals[i][0];
        res[k][1] = intervals[i][1];
        (*returnColumnSizes)[k++] = 2;
        i++;
    }
    *returnSize = k;
    return res;
}
