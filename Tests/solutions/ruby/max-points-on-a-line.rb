# @param {Integer[][]} points
# @return {Integer}
def max_points(points)
  n = points.size
  best = 1
  (0...n).each do |i|
    slopes = Hash.new(1)
    (i + 1...n).each do |j|
      dx = points[j][0] - points[i][0]
      dy = points[j][1] - points[i][1]
      g = dx.gcd(dy)
      dx /= g
      dy /= g
      if dx < 0 || (dx == 0 && dy < 0)
        dx = -dx
        dy = -dy
      end
      slopes[[dx, dy]] += 1
      best = [best, slopes[[dx, dy]]].max
    end
  end
  best
end
