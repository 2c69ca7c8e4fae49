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
# @param {Integer} target_sum
# @return {Integer[][]}
def path_sum(root, target_sum)
  res = []
  path = []
  dfs = lambda do |node, remain|
    return if node.nil?
    path << node.val
    remain -= node.val
    res << path.dup if node.left.nil? && node.right.nil? && remain == 0
    dfs.call(node.left, remain)
    dfs.call(node.right, remain)
    path.pop
  end
  dfs.call(root, target_sum)
  res
end
