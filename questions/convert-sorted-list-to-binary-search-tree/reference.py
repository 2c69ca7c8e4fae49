class Solution:
    def sortedListToBST(self, head: Optional[ListNode]) -> Optional[TreeNode]:
        size, node = 0, head
        while node:
            size, node = size + 1, node.next
        current = head

        def build(count):                 # the next `count` nodes of the list, in order
            nonlocal current
            if count == 0:
                return None
            left = build(count // 2)
            root = TreeNode(current.val, left)
            current = current.next
            root.right = build(count - count // 2 - 1)
            return root
        return build(size)


def wrong_answers(args, expected):
    """Answers the checker must reject: a value changed, a value missing, and (when that is unbalanced)
    the values as a chain."""
    nums = args[0]
    if not nums:
        return [[0]]
    out = []
    changed = list(expected)
    changed[0] = changed[0] + 1 if changed[0] + 1 not in nums else changed[0] - 10**6
    out.append(changed)
    shorter = list(expected)
    last = max(i for i, v in enumerate(shorter) if v is not None)
    shorter = shorter[:last]
    while shorter and shorter[-1] is None:
        shorter.pop()
    out.append(shorter)
    if len(nums) >= 3:
        chain = [nums[0]]
        for v in nums[1:]:
            chain += [None, v]
        out.append(chain)
    return out


def strictly_increasing(rng, n, low=-10**5, high=10**5):
    return sorted(rng.sample(range(low, high + 1), n))


def tests(rng):
    out = [
        [[]],
        [[0]],
        [[-10**5]],
        [[1, 2]],
        [[1, 2, 3]],
        [[1, 2, 3, 4]],
        [[-10**5, 10**5]],
        [list(range(-3, 4))],
        [list(range(15))],
        [list(range(16))],
    ]
    for n in range(5, 20):
        out.append([strictly_increasing(rng, n, -100, 100)])
    for _ in range(5):
        out.append([strictly_increasing(rng, rng.randint(20, 3000))])
    out.append([strictly_increasing(rng, 2 * 10**4)])
    out.append([list(range(-10**5, -10**5 + 2 * 10**4))])
    out.append([list(range(1, 2**14))])          # 2^14 - 1 values: a perfect tree
    return out
