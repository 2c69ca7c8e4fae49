class Solution:
    def sortedArrayToBST(self, nums: List[int]) -> Optional[TreeNode]:
        def build(low, high):
            if low > high:
                return None
            middle = (low + high) // 2
            return TreeNode(nums[middle], build(low, middle - 1), build(middle + 1, high))
        return build(0, len(nums) - 1)


def wrong_answers(args, expected):
    """Answers the checker must reject: a value changed, a value missing, and (when that is unbalanced)
    the values as a chain."""
    nums = args[0]
    out = []
    changed = list(expected)
    changed[0] = changed[0] + 1 if changed[0] + 1 not in nums else changed[0] - 10**5
    out.append(changed)
    if len(nums) == 1:
        out.append([])
    else:
        shorter = list(expected)
        last = max(i for i, v in enumerate(shorter) if v is not None)
        # a leaf at the end of the level order: dropping it loses one value
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


def strictly_increasing(rng, n, low=-10**4, high=10**4):
    return sorted(rng.sample(range(low, high + 1), n))


def tests(rng):
    out = [
        [[0]],
        [[-10**4]],
        [[1, 2]],
        [[1, 2, 3]],
        [[1, 2, 3, 4]],
        [[-10**4, 10**4]],
        [list(range(-3, 4))],
        [list(range(15))],
        [list(range(16))],
    ]
    for n in range(5, 20):
        out.append([strictly_increasing(rng, n, -100, 100)])
    for _ in range(5):
        out.append([strictly_increasing(rng, rng.randint(20, 2000))])
    out.append([strictly_increasing(rng, 10**4)])
    out.append([list(range(-10**4, 0))])
    out.append([list(range(1, 2**13))])          # 2^13 - 1 values: a perfect tree
    out.append([list(range(0, 2**13 + 1))])      # one more
    return out
