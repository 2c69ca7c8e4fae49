#include <stdio.h>

int main(void) {
    int n;
    if (scanf("%d", &n) != 1) return 1;
    for (int row = 1; row < 2 * n; row++) {
        int i = row <= n ? row : 2 * n - row;
        for (int k = 0; k < n - i; k++) putchar(' ');
        for (int k = 0; k < 2 * i - 1; k++) putchar('*');
        putchar('\n');
    }
    return 0;
}
