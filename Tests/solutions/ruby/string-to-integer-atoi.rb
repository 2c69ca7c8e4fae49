# @param {String} s
# @return {Integer}
def my_atoi(s)
  match = s.match(/\A *([+-]?\d+)/)
  return 0 unless match
  match[1].to_i.clamp(-2**31, 2**31 - 1)
end
