import java.util.PriorityQueue

class Solution {
    fun mergeKLists(lists: Array<ListNode?>): ListNode? {
        val heap = PriorityQueue<ListNode>(compareBy { it.`val` })
        for (head in lists) if (head != null) heap.add(head)
        val dummy = ListNode(0)
        var tail = dummy
        while (heap.isNotEmpty()) {
            val node = heap.poll()
            tail.next = node
            tail = node
            node.next?.let { heap.add(it) }
        }
        tail.next = null
        return dummy.next
    }
}
