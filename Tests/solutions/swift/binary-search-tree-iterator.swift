/**
 * Definition for a binary tree node.
 * public class TreeNode {
 *     public var val: Int
 *     public var left: TreeNode?
 *     public var right: TreeNode?
 *     public init() { self.val = 0; self.left = nil; self.right = nil; }
 *     public init(_ val: Int) { self.val = val; self.left = nil; self.right = nil; }
 *     public init(_ val: Int, _ left: TreeNode?, _ right: TreeNode?) {
 *         self.val = val
 *         self.left = left
 *         self.right = right
 *     }
 * }
 */
class BSTIterator {
    private var stack: [TreeNode] = []

    init(_ root: TreeNode?) {
        pushLeft(root)
    }

    private func pushLeft(_ node: TreeNode?) {
        var node = node
        while let n = node {
            stack.append(n)
            node = n.left
        }
    }
    
    func next() -> Int {
        let n = stack.removeLast()
        pushLeft(n.right)
        return n.val
    }
    
    func hasNext() -> Bool {
        !stack.isEmpty
    }
}

/**
 * Your BSTIterator object will be instantiated and called as such:
 * let obj = BSTIterator(root)
 * let ret_1: Int = obj.next()
 * let ret_2: Bool = obj.hasNext()
 */
