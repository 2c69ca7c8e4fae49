# @param {Integer[]} nums
# @return {Integer}
def find_peak_element(nums)
  lo = 0
  hi = nums.length - 1
  while lo < hi
    mid = (lo + hi) / 2
    if nums[mid] > nums[mid + 1]
      hi = mid
    else
      lo = mid + 1
    end
  end
  lo
end
