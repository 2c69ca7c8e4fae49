# @param {String} s
# @param {Integer} num_rows
# @return {String}
def convert(s, num_rows)
  return s if num_rows == 1
  rows = Array.new(num_rows) { +"" }
  row = 0
  step = 1
  s.each_char do |c|
    rows[row] << c
    step = 1 if row == 0
    step = -1 if row == num_rows - 1
    row += step
  end
  rows.join
end
