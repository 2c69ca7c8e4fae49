# @param {Character[][]} board
# @return {Void} Do not return anything, modify board in-place instead.
def solve_sudoku(board)
  rows = Array.new(9) { Array.new(10, false) }
  cols = Array.new(9) { Array.new(10, false) }
  boxes = Array.new(9) { Array.new(10, false) }
  empty = []
  9.times do |r|
    9.times do |c|
      if board[r][c] == "."
        empty << [r, c]
      else
        d = board[r][c].to_i
        rows[r][d] = cols[c][d] = boxes[r / 3 * 3 + c / 3][d] = true
      end
    end
  end
  fill = lambda do |k|
    return true if k == empty.length
    r, c = empty[k]
    b = r / 3 * 3 + c / 3
    (1..9).each do |d|
      next if rows[r][d] || cols[c][d] || boxes[b][d]
      rows[r][d] = cols[c][d] = boxes[b][d] = true
      board[r][c] = d.to_s
      return true if fill.call(k + 1)
      rows[r][d] = cols[c][d] = boxes[b][d] = false
    end
    board[r][c] = "."
    false
  end
  fill.call(0)
end
