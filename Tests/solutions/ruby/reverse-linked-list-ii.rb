# Definition for singly-linked list.
# class ListNode
#     attr_accessor :val, :next
#     def initialize(val = 0, _next = nil)
#         @val = val
#         @next = _next
#     end
# end
# @param {ListNode} head
# @param {Integer} left
# @param {Integer} right
# @return {ListNode}
def reverse_between(head, left, right)
  dummy = ListNode.new(0, head)
  prev = dummy
  (left - 1).times { prev = prev.next }
  curr = prev.next
  (right - left).times do
    nxt = curr.next
    curr.next = nxt.next
    nxt.next = prev.next
    prev.next = nxt
  end
  dummy.next
end
