# Definition for singly-linked list.
# class ListNode
#     attr_accessor :val, :next
#     def initialize(val)
#         @val = val
#         @next = nil
#     end
# end

# @param {ListNode} head
# @return {ListNode}
def detectCycle(head)
  slow = fast = head
  while fast && fast.next
    slow = slow.next
    fast = fast.next.next
    next unless slow.equal?(fast)
    slow = head
    until slow.equal?(fast)
      slow = slow.next
      fast = fast.next
    end
    return slow
  end
  nil
end
