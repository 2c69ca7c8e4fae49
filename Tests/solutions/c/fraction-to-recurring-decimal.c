typedef struct {
    long long rem;
    int pos;
    UT_hash_handle hh;
} Seen;

char* fractionToDecimal(int numerator, int denominator) {
    char* res = malloc(16384);
    int len = 0;
    if (numerator == 0) {
        strcpy(res, "0");
        return res;
    }
    if ((numerator < 0) != (denominator < 0)) res[len++] = '-';
    long long n = llabs((long long)numerator), d = llabs((long long)denominator);
    len += sprintf(res + len, "%lld", n / d);
    long long rem = n % d;
    if (rem == 0) {
        res[len] = '\0';
        return res;
    }
    res[len++] = '.';
    Seen* seen = NULL;
    while (rem != 0) {
        Seen* found;
        HASH_FIND(hh, seen, &rem, sizeof(long long), found);
        if (found) {
            memmove(res + found->pos + 1, res + found->pos, len - found->pos);
            res[found->pos] = '(';
            len++;
            res[len++] = ')';
            break;
        }
        Seen* entry = malloc(sizeof(Seen));
        entry->rem = rem;
        entry->pos = len;
        HASH_ADD(hh, seen, rem, sizeof(long long), entry);
        rem *= 10;
        res[len++] = '0' + rem / d;
        rem %= d;
    }
    res[len] = '\0';
    Seen *cur, *tmp;
    HASH_ITER(hh, seen, cur, tmp) {
        HASH_DEL(seen, cur);
        free(cur);
    }
    return res;
}
