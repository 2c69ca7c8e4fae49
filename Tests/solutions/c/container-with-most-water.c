int maxArea(int* height, int heightSize) {
    int l = 0, r = heightSize - 1, best = 0;
    while (l < r) {
        int h = height[l] < height[r] ? height[l] : height[r];
        if (h * (r - l) > best) best = h * (r - l);
        if (height[l] < height[r]) l++; else r--;
    }
    return best;
}
