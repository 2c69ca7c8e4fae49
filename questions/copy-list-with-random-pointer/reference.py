class Solution:
    def copyRandomList(self, head: 'Optional[Node]') -> 'Optional[Node]':
        copies = {None: None}
        node = head
        while node:
            copies[node] = Node(node.val)
            node = node.next
        node = head
        while node:
            copies[node].next = copies[node.next]
            copies[node].random = copies[node.random]
            node = node.next
        return copies[head]


def random_list(rng, n, null_share=0.2):
    return [[rng.randint(-10**4, 10**4), None if rng.random() < null_share else rng.randrange(n)]
            for _ in range(n)]


def tests(rng):
    out = [
        [[]],
        [[[1, None]]],
        [[[1, 0]]],
        [[[-10**4, None], [10**4, None]]],
        [[[3, 1], [3, 0]]],
        [[[0, 1], [0, 1], [0, 1]]],
        [[[7, 0], [8, 1], [9, 2]]],
        [[[1, 2], [2, None], [3, 0], [4, 3]]],
        [[[v, None] for v in range(10)]],
    ]
    for _ in range(16):
        out.append([random_list(rng, rng.randint(1, 60))])
    for n in (500, 999, 1000):
        out.append([random_list(rng, n)])
    out.append([[[i, 999 - i] for i in range(1000)]])    # random pointers run backwards
    out.append([[[7, 0] for _ in range(1000)]])           # equal values, all pointing at the head
    out.append([[[i % 5, i] for i in range(1000)]])       # every node points at itself
    out.append([[[-i, None] for i in range(1000)]])       # no random pointer at all
    return out
