# @param {Integer} x
# @return {Integer}
def reverse(x)
  result = x.abs.to_s.reverse.to_i * (x < 0 ? -1 : 1)
  result.between?(-2**31, 2**31 - 1) ? result : 0
end
