class Solution:
    def findPeakElement(self, nums: List[int]) -> int:
        low, high = 0, len(nums) - 1
        while low < high:
            middle = (low + high) // 2
            if nums[middle] < nums[middle + 1]:
                low = middle + 1
            else:
                high = middle
        return low


def is_peak(nums, i):
    return (i == 0 or nums[i - 1] < nums[i]) and (i == len(nums) - 1 or nums[i + 1] < nums[i])


def wrong_answers(args, expected):
    """Answers the checker must reject: outside the array, and an element that is not a peak."""
    nums = args[0]
    out = [-1, len(nums)]
    out += [i for i in range(len(nums)) if not is_peak(nums, i)][:1]
    return out


def no_equal_neighbours(rng, n, low, high):
    nums = [rng.randint(low, high)]
    while len(nums) < n:
        value = rng.randint(low, high)
        if value != nums[-1]:
            nums.append(value)
    return nums


def tests(rng):
    lo, hi = -2**31, 2**31 - 1
    out = [
        [[lo]],
        [[hi]],
        [[lo, hi]],
        [[hi, lo]],
        [[1, 2, 3, 4, 5]],
        [[5, 4, 3, 2, 1]],
        [[1, 3, 1, 3, 1]],
        [[3, 1, 3, 1, 3]],
        [[lo, hi, lo]],
        [[hi, lo, hi]],
        [[0, 1]],
    ]
    for n in (3, 4, 6, 10, 20, 50, 100):
        out.append([no_equal_neighbours(rng, n, -10, 10)])
    for _ in range(4):
        out.append([no_equal_neighbours(rng, 1000, lo, hi)])
    out.append([list(range(1000))])                       # the only peak at the end
    out.append([list(range(1000, 0, -1))])                # the only peak at the start
    out.append([list(range(500)) + list(range(499, -1, -1))[1:] + [-5]])   # one peak in the middle
    out.append([[i % 2 for i in range(1000)]])            # a peak at every other index
    out.append([[lo + i for i in range(999)] + [lo]])     # the peak just before the end
    out.append([no_equal_neighbours(rng, 1000, -1, 1)])
    out.append([[hi - abs(i - 700) for i in range(1000)]])
    return out
