class Solution:
    def maximumGap(self, nums: List[int]) -> int:
        sl = SortedList(nums)
        return max((b - a for a, b in pairwise(sl)), default=0)
