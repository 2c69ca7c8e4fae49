static int gcd(int a, int b) {
    return b == 0 ? a : gcd(b, a % b);
}

int maxPoints(int** points, int pointsSize, int* pointsColSize) {
    int best = 1;
    int* dxs = malloc(pointsSize * sizeof(int));
    int* dys = malloc(pointsSize * sizeof(int));
    for (int i = 0; i < pointsSize; i++) {
        int m = 0;
        for (int j = i + 1; j < pointsSize; j++) {
            int dx = points[j][0] - points[i][0], dy = points[j][1] - points[i][1];
            int g = gcd(abs(dx), abs(dy));
            dx /= g;
            dy /= g;
            if (dx < 0 || (dx == 0 && dy < 0)) {
                dx = -dx;
                dy = -dy;
            }
            dxs[m] = dx;
            dys[m++] = dy;
        }
        for (int a = 0; a < m; a++) {
            int cnt = 1;
            for (int b = 0; b < m; b++)
                if (dxs[a] == dxs[b] && dys[a] == dys[b]) cnt++;
            if (cnt > best) best = cnt;
        }
    }
    free(dxs);
    free(dys);
    return best;
}
