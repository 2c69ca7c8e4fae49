# Definition for singly-linked list.
# class ListNode
#     attr_accessor :val, :next
#     def initialize(val = 0, _next = nil)
#         @val = val
#         @next = _next
#     end
# end
# @param {ListNode} l1
# @param {ListNode} l2
# @return {ListNode}
def add_two_numbers(l1, l2)
  dummy = ListNode.new
  tail = dummy
  carry = 0
  while l1 || l2 || carry > 0
    sum = carry + (l1 ? l1.val : 0) + (l2 ? l2.val : 0)
    carry, digit = sum.divmod(10)
    tail.next = ListNode.new(digit)
    tail = tail.next
    l1 = l1&.next
    l2 = l2&.next
  end
  dummy.next
end
