/**
 * Definition for a binary tree node.
 * class TreeNode(_value: Int = 0, _left: TreeNode = null, _right: TreeNode = null) {
 *   var value: Int = _value
 *   var left: TreeNode = _left
 *   var right: TreeNode = _right
 * }
 */
class BSTIterator(_root: TreeNode) {
    private val stack = scala.collection.mutable.Stack[TreeNode]()
    pushLeft(_root)

    private def pushLeft(start: TreeNode): Unit = {
        var node = start
        while (node != null) {
            stack.push(node)
            node = node.left
        }
    }

    def next(): Int = {
        val node = stack.pop()
        pushLeft(node.right)
        node.value
    }

    def hasNext(): Boolean = {
        stack.nonEmpty
    }

}

/**
 * Your BSTIterator object will be instantiated and called as such:
 * val obj = new BSTIterator(root)
 * val param_1 = obj.next()
 * val param_2 = obj.hasNext()
 */
