int myAtoi(char* s) {
    while (*s == ' ') s++;
    int sign = 1;
    if (*s == '+' || *s == '-') sign = *s++ == '-' ? -1 : 1;
    long long value = 0;
    while (isdigit((unsigned char)*s)) {
        value = value * 10 + (*s++ - '0');
        if (sign * value > INT_MAX) return INT_MAX;
        if (sign * value < INT_MIN) return INT_MIN;
    }
    return (int)(sign * value);
}
