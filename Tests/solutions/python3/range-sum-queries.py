import sys
from itertools import accumulate

data = sys.stdin.buffer.read().split()
n, q = int(data[0]), int(data[1])
prefix = [0, *accumulate(map(int, data[2:2 + n]))]
queries = data[2 + n:]
print("\n".join(str(prefix[int(queries[2 * k + 1])] - prefix[int(queries[2 * k]) - 1]) for k in range(q)))
