# @param {Integer[]} height
# @return {Integer}
def max_area(height)
  l = 0
  r = height.length - 1
  best = 0
  while l < r
    best = [best, [height[l], height[r]].min * (r - l)].max
    if height[l] < height[r]
      l += 1
    else
      r -= 1
    end
  end
  best
end
