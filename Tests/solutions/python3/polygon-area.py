import sys

data = list(map(int, sys.stdin.read().split()))
n = data[0]
xs, ys = data[1::2], data[2::2]
twice = sum(xs[i] * ys[(i + 1) % n] - xs[(i + 1) % n] * ys[i] for i in range(n))
print(abs(twice) / 2)
