# @param {Integer} n
# @return {String[][]}
def solve_n_queens(n)
  res = []
  queens = []
  place = lambda do |r|
    if r == n
      res << queens.map { |c| '.' * c + 'Q' + '.' * (n - c - 1) }
      return
    end
    (0...n).each do |c|
      next if queens.each_with_index.any? { |qc, qr| qc == c || (qr - r).abs == (qc - c).abs }
      queens << c
      place.call(r + 1)
      queens.pop
    end
  end
  place.call(0)
  res
end
