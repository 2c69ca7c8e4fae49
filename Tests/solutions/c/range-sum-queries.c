#include <stdio.h>
#include <stdlib.h>

int main(void) {
    int n, q;
    if (scanf("%d %d", &n, &q) != 2) return 1;
    long long *prefix = calloc(n + 1, sizeof *prefix);
    for (int i = 0; i < n; i++) {
        long long v;
        if (scanf("%lld", &v) != 1) return 1;
        prefix[i + 1] = prefix[i] + v;
    }
    while (q--) {
        int l, r;
        if (scanf("%d %d", &l, &r) != 2) return 1;
        printf("%lld\n", prefix[r] - prefix[l - 1]);
    }
    free(prefix);
    return 0;
}
