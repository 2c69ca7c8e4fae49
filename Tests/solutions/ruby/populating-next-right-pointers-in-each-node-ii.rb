# @param {Node} root
# @return {Node}
def connect(root)
  leftmost = root
  while leftmost
    dummy = tail = Node.new(0)
    node = leftmost
    while node
      if node.left
        tail.next = node.left
        tail = tail.next
      end
      if node.right
        tail.next = node.right
        tail = tail.next
      end
      node = node.next
    end
    leftmost = dummy.next
  end
  root
end
