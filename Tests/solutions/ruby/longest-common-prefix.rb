# @param {String[]} strs
# @return {String}
def longest_common_prefix(strs)
  prefix = strs[0]
  strs.each { |s| prefix = prefix[0...-1] until s.start_with?(prefix) }
  prefix
end
