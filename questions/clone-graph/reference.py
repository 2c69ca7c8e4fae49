class Solution:
    def cloneGraph(self, node: Optional['Node']) -> Optional['Node']:
        if node is None:
            return None
        copies = {node: Node(node.val)}
        queue = collections.deque([node])
        while queue:
            current = queue.popleft()
            for neighbor in current.neighbors:
                if neighbor not in copies:
                    copies[neighbor] = Node(neighbor.val)
                    queue.append(neighbor)
                copies[current].neighbors.append(copies[neighbor])
        return copies[node]


def graph(rng, n, extra):
    """A connected graph on 1..n: a random spanning tree plus about `extra` more edges."""
    edges = set()
    order = list(range(1, n + 1))
    rng.shuffle(order)
    for i in range(1, n):
        a, b = order[i], order[rng.randrange(i)]
        edges.add((min(a, b), max(a, b)))
    limit = n * (n - 1) // 2
    for _ in range(extra):
        if len(edges) >= limit:
            break
        a, b = rng.sample(range(1, n + 1), 2)
        edges.add((min(a, b), max(a, b)))
    return adjacency(rng, n, edges)


def adjacency(rng, n, edges, shuffle=True):
    lists = [[] for _ in range(n)]
    for a, b in sorted(edges):
        lists[a - 1].append(b)
        lists[b - 1].append(a)
    if shuffle:
        for neighbors in lists:
            rng.shuffle(neighbors)
    return lists


def tests(rng):
    out = [
        [[]],
        [[[]]],
        [[[2], [1]]],
        [[[2, 4], [1, 3], [2, 4], [1, 3]]],
        [[[3, 2], [1], [1]]],
        [[[2], [1, 3], [2, 4], [3, 5], [4]]],
    ]
    for _ in range(14):
        n = rng.randint(2, 30)
        out.append([graph(rng, n, rng.randint(0, n))])
    for n in (60, 99, 100):
        out.append([graph(rng, n, 2 * n)])
    complete = {(a, b) for a in range(1, 101) for b in range(a + 1, 101)}
    out.append([adjacency(rng, 100, complete)])                                     # every edge
    out.append([adjacency(rng, 100, {(i, i + 1) for i in range(1, 100)}, False)])   # a path
    out.append([adjacency(rng, 100, {(1, i) for i in range(2, 101)}, False)])       # a star around 1
    out.append([adjacency(rng, 100, {(i, 100) for i in range(1, 100)}, False)])     # a star around 100
    out.append([adjacency(rng, 100, {(i, i + 1) for i in range(1, 100)} | {(1, 100)})])  # a ring
    out.append([graph(rng, 100, 0)])                                                # a tree
    return out
