# Definition for a binary tree node.
# class TreeNode
#     attr_accessor :val, :left, :right
#     def initialize(val = 0, left = nil, right = nil)
#         @val = val
#         @left = left
#         @right = right
#     end
# end
# @param {TreeNode} root
# @return {Integer[][]}
def level_order(root)
  out = []
  level = root ? [root] : []
  until level.empty?
    out << level.map(&:val)
    level = level.flat_map { |n| [n.left, n.right] }.compact
  end
  out
end
