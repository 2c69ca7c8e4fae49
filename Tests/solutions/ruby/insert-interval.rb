# @param {Integer[][]} intervals
# @param {Integer[]} new_interval
# @return {Integer[][]}
def insert(intervals, new_interval)
  res = []
  i = 0
  n = intervals.size
  while i < n && intervals[i][1] < new_interval[0]
    res << intervals[i]
    i += 1
  end
  s, e = new_interval
  while i < n && intervals[i][0] <= e
    s = [s, intervals[i][0]].min
    e = [e, intervals[i][1]].max
    i += 1
  end
  res << [s, e]
  res.concat(intervals[i..]) if i < n
  res
end
