object Solution {
  def mergeKLists(lists: Array[ListNode]): ListNode = {
    val heap = scala.collection.mutable.PriorityQueue.empty[ListNode](Ordering.by[ListNode, Int](_.x).reverse)
    for (head <- lists if head != null) heap.enqueue(head)
    val dummy = new ListNode(0)
    var tail = dummy
    while (heap.nonEmpty) {
      val node = heap.dequeue()
      tail.next = node
      tail = node
      if (node.next != null) heap.enqueue(node.next)
    }
    tail.next = null
    dummy.next
  }
}
