# @param {Integer[]} nums
# @return {TreeNode}
def sorted_array_to_bst(nums)
  build = lambda do |low, high|
    return nil if low > high
    middle = (low + high) / 2
    TreeNode.new(nums[middle], build.call(low, middle - 1), build.call(middle + 1, high))
  end
  build.call(0, nums.size - 1)
end
