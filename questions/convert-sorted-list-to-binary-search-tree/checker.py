"""Convert Sorted List to Binary Search Tree: any height-balanced binary search tree of the list's values is right."""

from collections import deque


def tree(levels):
    """The level-order list as nodes [val, left, right]; None when it is not a tree's level order."""
    if not isinstance(levels, list):
        return None, "the answer is not a tree"
    if not levels:
        return None, None
    if levels[0] is None:
        return None, "the root is null but the list goes on"
    for v in levels:
        if v is not None and type(v) is not int:
            return None, f"the tree holds {v!r}, which is not an integer"
    root = [levels[0], None, None]
    queue, i = deque([root]), 1
    while i < len(levels):
        if not queue:
            return None, f"level order item {i} has no parent"
        node = queue.popleft()
        for side in (1, 2):
            if i < len(levels) and levels[i] is not None:
                node[side] = [levels[i], None, None]
                queue.append(node[side])
            i += 1
    return root, None


def describe(nums, root):
    """None when root is a height-balanced BST holding exactly nums, else what is wrong."""
    values, stack, node = [], [], root
    while stack or node is not None:
        while node is not None:
            stack.append(node)
            node = node[1]
        node = stack.pop()
        values.append(node[0])
        node = node[2]
    if values != nums:
        for i in range(1, len(values)):
            if values[i - 1] >= values[i]:
                return (f"the tree is not a binary search tree: in order, {values[i - 1]} comes before "
                        f"{values[i]}")
        if len(values) != len(nums):
            return f"the tree holds {len(values)} values, not the {len(nums)} values of the input"
        i = next(i for i in range(len(nums)) if values[i] != nums[i])
        return f"the tree holds {values[i]}, which is not a value of the input (in order, {nums[i]} belongs there)"
    # heights, bottom up, without recursion
    order, stack = [], [root] if root else []
    while stack:
        node = stack.pop()
        order.append(node)
        stack.extend(child for child in node[1:] if child)
    height = {}
    for node in reversed(order):
        left = height.get(id(node[1]), 0) if node[1] else 0
        right = height.get(id(node[2]), 0) if node[2] else 0
        if abs(left - right) > 1:
            return (f"the tree is not height-balanced: at the node with value {node[0]} the left subtree has "
                    f"height {left} and the right one {right}")
        height[id(node)] = 1 + max(left, right)
    return None


def check(args, expected, actual):
    root, problem = tree(actual)
    if problem:
        return problem
    return describe(list(args[0]), root)
