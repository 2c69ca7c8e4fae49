# @param {Character[][]} board
# @return {Void} Do not return anything, modify board in-place instead.
def solve(board)
  m = board.size
  n = board[0].size
  mark = lambda do |r, c|
    stack = [[r, c]]
    until stack.empty?
      i, j = stack.pop
      next if i < 0 || j < 0 || i >= m || j >= n || board[i][j] != 'O'
      board[i][j] = '#'
      stack.push([i + 1, j], [i - 1, j], [i, j + 1], [i, j - 1])
    end
  end
  (0...m).each { |i| mark.call(i, 0); mark.call(i, n - 1) }
  (0...n).each { |j| mark.call(0, j); mark.call(m - 1, j) }
  (0...m).each do |i|
    (0...n).each do |j|
      board[i][j] = board[i][j] == '#' ? 'O' : 'X'
    end
  end
  nil
end
