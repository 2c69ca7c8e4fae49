# @param {Integer[]} nums
# @param {Integer} target
# @return {Integer[]}
def two_sum(nums, target)
  seen = {}
  nums.each_with_index do |v, i|
    return [seen[target - v], i] if seen.key?(target - v)
    seen[v] = i
  end
  []
end
