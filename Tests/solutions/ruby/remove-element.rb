# @param {Integer[]} nums
# @param {Integer} val
# @return {Integer}
def remove_element(nums, val)
  k = 0
  nums.each do |v|
    next if v == val
    nums[k] = v
    k += 1
  end
  k
end
