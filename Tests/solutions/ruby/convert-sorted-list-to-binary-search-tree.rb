# @param {ListNode} head
# @return {TreeNode}
def sorted_list_to_bst(head)
  values = []
  while head
    values << head.val
    head = head.next
  end
  build = lambda do |low, high|
    return nil if low > high
    middle = (low + high) / 2
    TreeNode.new(values[middle], build.call(low, middle - 1), build.call(middle + 1, high))
  end
  build.call(0, values.size - 1)
end
