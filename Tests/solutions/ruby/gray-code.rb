# @param {Integer} n
# @return {Integer[]}
def gray_code(n)
  (0...(1 << n)).map { |i| i ^ (i >> 1) }
end
