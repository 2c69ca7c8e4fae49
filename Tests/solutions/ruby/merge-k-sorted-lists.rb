# @param {ListNode[]} lists
# @return {ListNode}
def merge_k_lists(lists)
  return nil if lists.empty?
  lists = lists.dup
  step = 1
  while step < lists.size
    (0...lists.size).step(2 * step) do |i|
      lists[i] = merge_two(lists[i], lists[i + step]) if i + step < lists.size
    end
    step *= 2
  end
  lists[0]
end

def merge_two(a, b)
  dummy = tail = ListNode.new(0)
  while a && b
    if a.val <= b.val
      tail.next = a
      a = a.next
    else
      tail.next = b
      b = b.next
    end
    tail = tail.next
  end
  tail.next = a || b
  dummy.next
end
