n = gets.to_i
top = (1..n).map { |i| " " * (n - i) + "*" * (2 * i - 1) }
puts top + top[0...-1].reverse
