/**
 * Return an array of arrays of size *returnSize.
 * The sizes of the arrays are returned as *returnColumnSizes array.
 * Note: Both returned array and *columnSizes array must be malloced, assume caller calls free().
 */
typedef struct {
    char* key;
    int index;
    UT_hash_handle hh;
} Group;

static int byChar(const void* a, const void* b) {
    return *(const char*)a - *(const char*)b;
}

char*** groupAnagrams(char** strs, int strsSize, int* returnSize, int** returnColumnSizes) {
    Group* groups = NULL;
    char*** out = malloc(strsSize * sizeof(char**));
    int* counts = calloc(strsSize, sizeof(int));
    int* members = malloc(strsSize * sizeof(int));
    *returnSize = 0;
    for (int i = 0; i < strsSize; i++) {
        int len = strlen(strs[i]);
        char* key = malloc(len + 1);
        memcpy(key, strs[i], len + 1);
        qsort(key, len, 1, byChar);
        Group* g;
        HASH_FIND_STR(groups, key, g);
        if (!g) {
            g = malloc(sizeof(Group));
            g->key = key;
            g->index = (*returnSize)++;
            HASH_ADD_KEYPTR(hh, groups, g->key, len, g);
        } else {
            free(key);
        }
        members[i] = g->index;
        counts[g->index]++;
    }
    *returnColumnSizes = malloc((*returnSize ? *returnSize : 1) * sizeof(int));
    for (int k = 0; k < *returnSize; k++) {
        out[k] = malloc(counts[k] * sizeof(char*));
        (*returnColumnSizes)[k] = 0;
    }
    for (int i = 0; i < strsSize; i++) {
        int k = members[i];
        out[k][(*returnColumnSizes)[k]++] = strs[i];
    }
    Group *g, *tmp;
    HASH_ITER(hh, groups, g, tmp) {
        HASH_DEL(groups, g);
        free(g->key);
        free(g);
    }
    free(counts);
    free(members);
    return out;
}
