# @param {String} s
# @return {String}
def longest_palindrome(s)
  start = length = 0
  (0...(2 * s.length - 1)).each do |center|
    l = center / 2
    r = l + center % 2
    while l >= 0 && r < s.length && s[l] == s[r]
      l -= 1
      r += 1
    end
    if r - l - 1 > length
      start = l + 1
      length = r - l - 1
    end
  end
  s[start, length]
end
