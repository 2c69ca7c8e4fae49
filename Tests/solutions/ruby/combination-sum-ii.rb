# @param {Integer[]} candidates
# @param {Integer} target
# @return {Integer[][]}
def combination_sum2(candidates, target)
  candidates.sort!
  res = []
  path = []
  dfs = lambda do |start, remain|
    if remain == 0
      res << path.dup
      return
    end
    (start...candidates.size).each do |i|
      next if i > start && candidates[i] == candidates[i - 1]
      break if candidates[i] > remain
      path << candidates[i]
      dfs.call(i + 1, remain - candidates[i])
      path.pop
    end
  end
  dfs.call(0, target)
  res
end
