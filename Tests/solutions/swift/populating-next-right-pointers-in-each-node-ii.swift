class Solution {
    func connect(_ root: Node?) -> Node? {
        var leftmost = root
        while leftmost != nil {
            let dummy = Node(0)
            var tail = dummy
            var node = leftmost
            while let current = node {
                if let left = current.left { tail.next = left; tail = left }
                if let right = current.right { tail.next = right; tail = right }
                node = current.next
            }
            leftmost = dummy.next
        }
        return root
    }
}
