# @param {String} s
# @param {String[]} word_dict
# @return {String[]}
def word_break(s, word_dict)
  dict = word_dict.to_set
  memo = {}
  dfs = lambda do |start|
    return memo[start] if memo.key?(start)
    res = []
    res << '' if start == s.length
    (start + 1..s.length).each do |e|
      word = s[start...e]
      next unless dict.include?(word)
      dfs.call(e).each { |rest| res << (rest.empty? ? word : "#{word} #{rest}") }
    end
    memo[start] = res
  end
  dfs.call(0)
end
