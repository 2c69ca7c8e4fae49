object Solution {
    def buildTree(preorder: Array[Int], inorder: Array[Int]): TreeNode = {
        val index = inorder.zipWithIndex.toMap
        var p = 0
        def build(lo: Int, hi: Int): TreeNode = {
            if (lo > hi) return null
            val v = preorder(p)
            p += 1
            val mid = index(v)
            val root = new TreeNode(v)
            root.left = build(lo, mid - 1)
            root.right = build(mid + 1, hi)
            root
        }
        build(0, inorder.length - 1)
    }
}
