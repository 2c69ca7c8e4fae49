# @param {String} s
# @return {String[][]}
def partition(s)
  res = []
  path = []
  dfs = lambda do |start|
    if start == s.length
      res << path.dup
      return
    end
    (start...s.length).each do |e|
      sub = s[start..e]
      if sub == sub.reverse
        path << sub
        dfs.call(e + 1)
        path.pop
      end
    end
  end
  dfs.call(0)
  res
end
