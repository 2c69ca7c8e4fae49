# @param {Integer[]} nums
# @param {Integer} k
# @return {Void} Do not return anything, modify nums in-place instead.
def rotate(nums, k)
  k %= nums.size
  nums.replace(nums[-k..] + nums[0...-k]) if k > 0
  nil
end
