# @param {String} s
# @return {Integer}
def length_of_longest_substring(s)
  last = {}
  best = start = 0
  s.each_char.with_index do |c, i|
    start = last[c] + 1 if last.key?(c) && last[c] >= start
    last[c] = i
    best = [best, i - start + 1].max
  end
  best
end
