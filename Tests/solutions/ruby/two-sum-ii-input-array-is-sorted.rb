# @param {Integer[]} numbers
# @param {Integer} target
# @return {Integer[]}
def two_sum(numbers, target)
  l = 0
  r = numbers.size - 1
  while l < r
    sum = numbers[l] + numbers[r]
    return [l + 1, r + 1] if sum == target
    sum < target ? l += 1 : r -= 1
  end
  []
end
