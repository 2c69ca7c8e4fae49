class Solution:
    def mergeKLists(self, lists: List[Optional[ListNode]]) -> Optional[ListNode]:
        heap = [(head.val, i, head) for i, head in enumerate(lists) if head]
        heapq.heapify(heap)
        dummy = tail = ListNode()
        while heap:
            _, i, node = heapq.heappop(heap)
            tail.next = tail = node
            if node.next:
                heapq.heappush(heap, (node.next.val, i, node.next))
        tail.next = None
        return dummy.next


def sorted_list(rng, n, low=-10**4, high=10**4):
    return sorted(rng.randint(low, high) for _ in range(n))


def split_total(rng, total, k, most=500):
    """k list lengths of at most `most` each, summing to total (total <= k * most)."""
    sizes = [0] * k
    for _ in range(total):
        i = rng.randrange(k)
        while sizes[i] >= most:
            i = rng.randrange(k)
        sizes[i] += 1
    return sizes


def tests(rng):
    out = [
        [[]],
        [[[]]],
        [[[], []]],
        [[[0]]],
        [[[1], [0]]],
        [[[-10**4], [10**4], [0]]],
        [[[1, 1, 1], [1, 1], [1]]],
        [[[1, 2, 3], [4, 5, 6], [7, 8, 9]]],
        [[[7, 8, 9], [4, 5, 6], [1, 2, 3]]],
        [[[1, 4, 7], [2, 5, 8], [3, 6, 9]]],
        [[[], [], [5, 6], [], [1]]],
    ]
    for _ in range(10):
        k = rng.randint(1, 12)
        out.append([[sorted_list(rng, rng.randint(0, 10), -20, 20) for _ in range(k)]])
    for _ in range(5):
        k = rng.randint(10, 100)
        out.append([[sorted_list(rng, rng.randint(0, 60)) for _ in range(k)]])
    out.append([[sorted_list(rng, 1) for _ in range(10**4)]])            # k = 10^4 lists of one node
    out.append([[[] for _ in range(10**4)]])                              # k = 10^4 empty lists
    out.append([[sorted_list(rng, 500) for _ in range(20)]])              # 20 lists of 500
    out.append([[sorted_list(rng, n) for n in split_total(rng, 10**4, 1000)]])
    out.append([[sorted_list(rng, n) for n in split_total(rng, 10**4, 10**4)]])
    out.append([[list(range(i, 10**4, 20)) for i in range(20)]])         # interleaved
    out.append([[[v] * 500 for v in range(-10**4, 10**4, 1000)]])        # long runs of equal values
    out.append([[sorted_list(rng, 500)] + [[] for _ in range(9999)]])
    return out
