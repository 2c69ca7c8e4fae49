v = $stdin.read.split.map(&:to_i)
n = v[0]
points = v[1..].each_slice(2).to_a
twice = (0...n).sum do |i|
  (x1, y1), (x2, y2) = points[i], points[(i + 1) % n]
  x1 * y2 - x2 * y1
end
puts twice.abs / 2.0
