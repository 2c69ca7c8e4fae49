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
# @return {Integer[]}
def right_side_view(root)
  res = []
  return res if root.nil?
  level = [root]
  until level.empty?
    res << level.last.val
    level = level.flat_map { |node| [node.left, node.right].compact }
  end
  res
end
