"""Find Peak Element: any peak's index is a right answer."""


def check(args, expected, actual):
    nums = args[0]
    n = len(nums)
    if type(actual) is not int:
        return f"the answer {actual!r} is not an index"
    if not 0 <= actual < n:
        return f"index {actual} is outside the array (0..{n - 1})"
    value = nums[actual]
    if actual > 0 and nums[actual - 1] >= value:
        return f"nums[{actual}] = {value} is not a peak: its left neighbour is {nums[actual - 1]}"
    if actual < n - 1 and nums[actual + 1] >= value:
        return f"nums[{actual}] = {value} is not a peak: its right neighbour is {nums[actual + 1]}"
    return None
