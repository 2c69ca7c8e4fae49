# @param {Integer[][]} matrix
# @return {Void} Do not return anything, modify matrix in-place instead.
def set_zeroes(matrix)
  rows = {}
  cols = {}
  matrix.each_with_index do |row, i|
    row.each_with_index do |v, j|
      if v == 0
        rows[i] = true
        cols[j] = true
      end
    end
  end
  matrix.each_with_index do |row, i|
    row.each_index do |j|
      row[j] = 0 if rows[i] || cols[j]
    end
  end
  nil
end
