class Solution:
    def generateTrees(self, n: int) -> List[Optional[TreeNode]]:
        @functools.cache
        def build(low, high):
            if low > high:
                return [None]
            return [TreeNode(root, left, right)
                    for root in range(low, high + 1)
                    for left in build(low, root - 1)
                    for right in build(root + 1, high)]
        return build(1, n)
