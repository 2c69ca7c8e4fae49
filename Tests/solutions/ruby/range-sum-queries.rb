data = $stdin.read.split.map(&:to_i)
n, q = data[0], data[1]
prefix = [0]
n.times { |i| prefix << prefix[-1] + data[2 + i] }
at = 2 + n
puts Array.new(q) { |k| prefix[data[at + 2 * k + 1]] - prefix[data[at + 2 * k] - 1] }.join("\n")
