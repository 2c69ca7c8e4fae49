# @param {Integer[][]} matrix
# @return {Integer[]}
def spiral_order(matrix)
  out = []
  until matrix.empty?
    out.concat(matrix.shift)
    matrix = matrix.transpose.reverse
  end
  out
end
