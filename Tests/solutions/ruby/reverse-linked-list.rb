# @param {ListNode} head
# @return {ListNode}
def reverse_list(head)
  previous = nil
  while head
    head.next, previous, head = previous, head, head.next
  end
  previous
end
