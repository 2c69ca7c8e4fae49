# @param {Integer[]} nums
# @return {Integer}
def remove_duplicates(nums)
  k = 0
  nums.each do |v|
    if k == 0 || nums[k - 1] != v
      nums[k] = v
      k += 1
    end
  end
  k
end
