"""LeetCode's Python environment (ListNode, TreeNode, the preloaded modules) and conversions between
JSON test data and Python values. Used by the judge's driver (driver.py, inside the sandbox image)
and by scripts/gen-tests, so that reference solutions and submissions see the same world."""

from __future__ import annotations


class ListNode:
    def __init__(self, val=0, next=None):
        self.val = val
        self.next = next


class TreeNode:
    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right


# What LeetCode makes available without an import, resolved lazily: a name is looked up in these
# modules (the later ones first, as with successive `from M import *`) the first time a solution
# uses it, so a solution pays only for the modules it touches.
MODULES = ("collections", "heapq", "bisect", "math", "itertools", "functools", "re", "string", "random",
           "operator", "array", "typing")
STAR_MODULES = ("typing", "collections", "heapq", "bisect", "itertools", "functools")
MATH_NAMES = frozenset(("ceil comb copysign e exp factorial fabs floor fsum gcd hypot inf isclose isinf isnan isqrt "
                        "lcm log log10 log2 nan perm pi prod sqrt trunc").split())


class LazyBuiltins(dict):
    """Python's builtins plus LeetCode's preloaded names, imported on first use."""

    def __missing__(self, name):
        value = _resolve(name)
        self[name] = value
        return value


def _resolve(name):
    import importlib
    if name == "ListNode":
        return ListNode
    if name == "TreeNode":
        return TreeNode
    if name in MODULES:
        return importlib.import_module(name)
    if name in MATH_NAMES:
        return getattr(importlib.import_module("math"), name)
    if not name.startswith("_"):
        for module_name in reversed(STAR_MODULES):
            module = importlib.import_module(module_name)
            exported = getattr(module, "__all__", None)
            if (name in exported) if exported is not None else hasattr(module, name):
                return getattr(module, name)
    raise KeyError(name)


def prelude() -> dict:
    """A fresh module namespace with LeetCode's environment, for exec()."""
    import builtins
    return {"__builtins__": LazyBuiltins(builtins.__dict__), "__name__": "__main__"}


def compile_solution(source: str, filename: str):
    """Compiles a solution as LeetCode would run it; annotations are not evaluated at definition
    time (PEP 563), so `List[int]` in a signature costs no import of typing."""
    import __future__
    return compile(source, filename, "exec", flags=__future__.annotations.compiler_flag, dont_inherit=True)


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
    from collections import deque
    queue = deque([root])
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
    from collections import deque
    out = []
    queue = deque([root])
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


_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


def canonical(value: Any) -> str:
    """Compact JSON, the form tests are stored and compared in (what json.dumps(value,
    separators=(",", ":"), ensure_ascii=False) gives, without importing json)."""
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise ValueError("NaN and infinities are not JSON")
        return repr(value)
    if isinstance(value, str):
        return '"' + "".join(_ESCAPES.get(c) or (c if c >= " " else "\\u%04x" % ord(c)) for c in value) + '"'
    if isinstance(value, (list, tuple)):
        return "[" + ",".join(canonical(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ",".join(canonical(str(k)) + ":" + canonical(v) for k, v in value.items()) + "}"
    raise TypeError(f"{type(value).__name__} is not test data")


def parse(text: str):
    """Parses JSON test data. Small inputs without escapes, which read the same as Python
    literals, skip importing json (the most expensive import a run would otherwise make)."""
    if len(text) < 32768 and "\\" not in text:
        return eval(text, {"__builtins__": {}}, {"true": True, "false": False, "null": None})
    import json
    return json.loads(text)
