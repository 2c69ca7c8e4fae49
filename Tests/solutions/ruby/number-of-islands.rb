# @param {Character[][]} grid
# @return {Integer}
def num_islands(grid)
  m = grid.size
  n = grid[0].size
  count = 0
  (0...m).each do |i|
    (0...n).each do |j|
      next unless grid[i][j] == '1'
      count += 1
      grid[i][j] = '0'
      queue = [[i, j]]
      until queue.empty?
        r, c = queue.shift
        [[1, 0], [-1, 0], [0, 1], [0, -1]].each do |dr, dc|
          nr, nc = r + dr, c + dc
          if nr >= 0 && nc >= 0 && nr < m && nc < n && grid[nr][nc] == '1'
            grid[nr][nc] = '0'
            queue << [nr, nc]
          end
        end
      end
    end
  end
  count
end
