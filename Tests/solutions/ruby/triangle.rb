# @param {Integer[][]} triangle
# @return {Integer}
def minimum_total(triangle)
  dp = triangle.last.dup
  (triangle.size - 2).downto(0) do |i|
    (0..i).each { |j| dp[j] = triangle[i][j] + [dp[j], dp[j + 1]].min }
  end
  dp[0]
end
