double myPow(double x, int n) {
    long long e = n;
    if (e < 0) {
        x = 1 / x;
        e = -e;
    }
    double result = 1.0;
    while (e > 0) {
        if (e & 1) result *= x;
        x *= x;
        e >>= 1;
    }
    return result;
}
