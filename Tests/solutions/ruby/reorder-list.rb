# @param {ListNode} head
# @return {Void} Do not return anything, modify head in-place instead.
def reorder_list(head)
  slow = fast = head
  while fast.next && fast.next.next
    slow = slow.next
    fast = fast.next.next
  end
  second = slow.next
  slow.next = nil
  prev = nil
  while second
    following = second.next
    second.next = prev
    prev = second
    second = following
  end
  first = head
  while prev
    a = first.next
    b = prev.next
    first.next = prev
    prev.next = a
    first = a
    prev = b
  end
end
