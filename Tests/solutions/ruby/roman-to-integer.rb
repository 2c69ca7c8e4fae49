# @param {String} s
# @return {Integer}
def roman_to_int(s)
  value = { "I" => 1, "V" => 5, "X" => 10, "L" => 50, "C" => 100, "D" => 500, "M" => 1000 }
  total = 0
  s.each_char.with_index do |c, i|
    v = value[c]
    total += i + 1 < s.length && v < value[s[i + 1]] ? -v : v
  end
  total
end
