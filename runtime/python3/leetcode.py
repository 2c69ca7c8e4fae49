"""LeetCode's Python environment (ListNode, TreeNode, the preloaded modules) and conversions between
JSON test data and Python values. Used by the judge's driver (driver.py, inside the sandbox image)
and by scripts/gen-tests, so that reference solutions and submissions see the same world."""

import collections
import json
from typing import Any, List, Optional


class ListNode:
    def __init__(self, val=0, next=None):
        self.val = val
        self.next = next


class TreeNode:
    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right


def prelude() -> dict:
    """The names a LeetCode Python 3 solution can use without importing them."""
    namespace: dict = {}
    exec(
        "from typing import *\n"
        "import collections, heapq, bisect, math, itertools, functools, re, string, random, operator, array\n"
        "from collections import *\nfrom heapq import *\nfrom bisect import *\nfrom itertools import *\n"
        "from functools import *\n"
        # math's names, but not its float pow(), which would shadow the built-in.
        "from math import (ceil, comb, copysign, e, exp, factorial, fabs, floor, fsum, gcd, hypot, inf, isclose,\n"
        "    isinf, isnan, isqrt, lcm, log, log10, log2, nan, perm, pi, prod, sqrt, trunc)\n",
        namespace,
    )
    namespace["ListNode"] = ListNode
    namespace["TreeNode"] = TreeNode
    return namespace


def to_list_node(values):
    head = tail = None
    for v in values:
        node = ListNode(v)
        if tail is None:
            head = tail = node
        else:
            tail.next = node
            tail = node
    return head


def from_list_node(head, limit=1_000_000):
    out = []
    while head is not None:
        out.append(head.val)
        head = head.next
        if len(out) > limit:
            raise ValueError("linked list has a cycle or is too long")
    return out


def to_tree(values):
    if not values or values[0] is None:
        return None
    root = TreeNode(values[0])
    queue = collections.deque([root])
    i = 1
    while queue and i < len(values):
        node = queue.popleft()
        if i < len(values) and values[i] is not None:
            node.left = TreeNode(values[i])
            queue.append(node.left)
        i += 1
        if i < len(values) and values[i] is not None:
            node.right = TreeNode(values[i])
            queue.append(node.right)
        i += 1
    return root


def from_tree(root):
    out = []
    queue = collections.deque([root])
    while queue:
        node = queue.popleft()
        if node is None:
            out.append(None)
        else:
            out.append(node.val)
            queue.append(node.left)
            queue.append(node.right)
    while out and out[-1] is None:
        out.pop()
    return out


def decode(value, type_name: str):
    """A JSON value as the Python value a solution receives."""
    if type_name == "ListNode":
        return to_list_node(value)
    if type_name == "TreeNode":
        return to_tree(value)
    inner = element_type(type_name)
    if inner in ("ListNode", "TreeNode"):
        return [decode(v, inner) for v in value]
    return value


class TypeMismatch(Exception):
    pass


def encode(value, type_name: str):
    """A solution's return value as JSON data; TypeMismatch when it is not a `type_name`."""
    def mismatch():
        return TypeMismatch(f"returned {type(value).__name__} {short(value)} where {type_name} was expected")

    if type_name == "ListNode":
        if value is not None and not isinstance(value, ListNode):
            raise mismatch()
        return [encode(v, "integer") for v in from_list_node(value)]
    if type_name == "TreeNode":
        if value is not None and not isinstance(value, TreeNode):
            raise mismatch()
        return from_tree(value)
    if type_name == "void":
        return None
    inner = element_type(type_name)
    if inner is not None:
        if not isinstance(value, (list, tuple)):
            raise mismatch()
        return [encode(v, inner) for v in value]
    if type_name in ("integer", "long"):
        if type(value) is not int:
            raise mismatch()
        if type_name == "integer" and not -2**31 <= value < 2**31:
            raise TypeMismatch(f"returned {value}, which does not fit in a 32-bit integer")
        return value
    if type_name == "double":
        if type(value) not in (int, float) or value != value or value in (float("inf"), float("-inf")):
            raise mismatch()
        return float(value)
    if type_name == "boolean":
        if type(value) is not bool:
            raise mismatch()
        return value
    if type_name in ("string", "character"):
        if type(value) is not str:
            raise mismatch()
        return value
    raise mismatch()


def short(value, limit=60):
    try:
        text = repr(value)
    except Exception:
        text = "?"
    return text if len(text) <= limit else text[:limit] + "..."


def element_type(type_name: str) -> Optional[str]:
    if type_name.endswith("[]"):
        return type_name[:-2]
    if type_name.startswith("list<") and type_name.endswith(">"):
        return type_name[5:-1]
    return None


def canonical(value: Any) -> str:
    """Compact JSON, the form tests are stored and compared in."""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)
