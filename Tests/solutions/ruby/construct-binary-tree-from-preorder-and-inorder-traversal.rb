# Definition for a binary tree node.
# class TreeNode
#     attr_accessor :val, :left, :right
#     def initialize(val = 0, left = nil, right = nil)
#         @val = val
#         @left = left
#         @right = right
#     end
# end
# @param {Integer[]} preorder
# @param {Integer[]} inorder
# @return {TreeNode}
def build_tree(preorder, inorder)
  index = {}
  inorder.each_with_index { |v, i| index[v] = i }
  pos = 0
  build = lambda do |lo, hi|
    return nil if lo > hi
    val = preorder[pos]
    pos += 1
    node = TreeNode.new(val)
    mid = index[val]
    node.left = build.call(lo, mid - 1)
    node.right = build.call(mid + 1, hi)
    node
  end
  build.call(0, inorder.size - 1)
end
