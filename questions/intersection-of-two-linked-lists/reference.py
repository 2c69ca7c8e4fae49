class Solution:
    def getIntersectionNode(self, headA: ListNode, headB: ListNode) -> Optional[ListNode]:
        a, b = headA, headB
        while a is not b:
            a = a.next if a else headB
            b = b.next if b else headA
        return a


def values(rng, n, hi=10**5):
    return [rng.randint(1, hi) for _ in range(n)]


def case(a, b, shared):
    """Lists A = a + shared and B = b + shared, merging at the first shared node (if any)."""
    return [shared[0] if shared else 0, a + shared, b + shared, len(a), len(b)]


def tests(rng):
    out = [
        case([], [], [1]),
        case([1], [1], []),
        case([2], [], [3]),
        case([], [4], [5]),
        case([1, 2, 3], [], [4]),
        case([1, 9, 1], [2, 4], [3, 2, 4]),
        case([5, 5, 5], [5, 5], [5, 5]),           # equal values everywhere
        case([6, 7, 8], [6, 7, 8], []),            # the same values, no shared node
        case([10**5], [10**5], [10**5]),
        case([1], [2], [3] * 100),
    ]
    for _ in range(14):
        shared = values(rng, rng.randint(0, 50), 20)
        a = values(rng, rng.randint(0 if shared else 1, 50), 20)
        b = values(rng, rng.randint(0 if shared else 1, 50), 20)
        out.append(case(a, b, shared))
    big = 3 * 10**4
    out.append(case(values(rng, big - 1), values(rng, big - 1), values(rng, 1)))    # only the last node
    out.append(case([], [], [(i % 9) + 1 for i in range(big)]))                      # the whole lists
    out.append(case(values(rng, 5000), values(rng, 5000), []))                       # nothing shared
    out.append(case(values(rng, 1), values(rng, 5000, 9), values(rng, 5000, 9)))     # lengths far apart
    out.append(case([1] * (big - 1), [], [2]))                                       # headB is A's tail
    out.append(case([7] * (big - 10), [7] * 10, [7] * 10))
    return out
