# @param {TreeNode} root
# @return {Void} Do not return anything, modify root in-place instead.
def recover_tree(root)
  first = second = prev = nil
  stack = []
  node = root
  while node || !stack.empty?
    while node
      stack.push(node)
      node = node.left
    end
    node = stack.pop
    if prev && prev.val > node.val
      first ||= prev
      second = node
    end
    prev = node
    node = node.right
  end
  first.val, second.val = second.val, first.val
end
