# @param {String} digits
# @return {String[]}
def letter_combinations(digits)
  return [] if digits.empty?
  map = { '2' => 'abc', '3' => 'def', '4' => 'ghi', '5' => 'jkl',
          '6' => 'mno', '7' => 'pqrs', '8' => 'tuv', '9' => 'wxyz' }
  digits.chars.reduce(['']) do |acc, d|
    acc.flat_map { |prefix| map[d].chars.map { |c| prefix + c } }
  end
end
