# @param {String[]} words
# @param {Integer} max_width
# @return {String[]}
def full_justify(words, max_width)
  res = []
  i = 0
  while i < words.size
    j = i
    len = 0
    while j < words.size && len + words[j].size + (j - i) <= max_width
      len += words[j].size
      j += 1
    end
    gaps = j - i - 1
    if j == words.size || gaps == 0
      line = words[i...j].join(' ')
      line += ' ' * (max_width - line.size)
    else
      spaces = max_width - len
      each, extra = spaces.divmod(gaps)
      line = ''
      (i...j).each do |k|
        line += words[k]
        line += ' ' * (each + (k - i < extra ? 1 : 0)) if k < j - 1
      end
    end
    res << line
    i = j
  end
  res
end
