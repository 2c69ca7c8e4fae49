"""LeetCode's Python environment (ListNode, TreeNode, the question's Node, the preloaded modules) and
conversions between JSON test data and Python values, for every kind of question: functions, answers
judged in place or up to a returned length, arguments made by a builder (a list with a cycle, two
lists that intersect), and design questions (a sequence of calls on the user's class). Used by the
judge's driver (driver.py, inside the sandbox image) and by scripts/gen-tests, so that reference
solutions and submissions see the same world and get the same answers computed from them."""

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


# The three `Node` classes LeetCode defines, one per kind of question; a solution sees the one its
# signature mentions under the name `Node`.
class NextNode:
    def __init__(self, val: int = 0, left=None, right=None, next=None):
        self.val = val
        self.left = left
        self.right = right
        self.next = next


class RandomNode:
    def __init__(self, x: int, next=None, random=None):
        self.val = int(x)
        self.next = next
        self.random = random


class GraphNode:
    def __init__(self, val=0, neighbors=None):
        self.val = val
        self.neighbors = neighbors if neighbors is not None else []


NODE_TYPES = {"NextNode": NextNode, "RandomNode": RandomNode, "GraphNode": GraphNode}
for _node in NODE_TYPES.values():
    _node.__name__ = _node.__qualname__ = "Node"


# What LeetCode makes available without an import, resolved lazily: a name is looked up in these
# modules (the later ones first, as with successive `from M import *`) the first time a solution
# uses it, so a solution pays only for the modules it touches; sortedcontainers' classes too.
MODULES = ("collections", "heapq", "bisect", "math", "itertools", "functools", "re", "string", "random",
           "operator", "array", "typing")
STAR_MODULES = ("typing", "collections", "heapq", "bisect", "itertools", "functools")
SORTED_NAMES = frozenset(("SortedList", "SortedDict", "SortedSet", "SortedKeyList"))
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
    if name in SORTED_NAMES:
        return getattr(importlib.import_module("sortedcontainers"), name)
    if not name.startswith("_"):
        for module_name in reversed(STAR_MODULES):
            module = importlib.import_module(module_name)
            exported = getattr(module, "__all__", None)
            if (name in exported) if exported is not None else hasattr(module, name):
                return getattr(module, name)
    raise KeyError(name)


def prelude(types=()) -> dict:
    """A fresh module namespace with LeetCode's environment, for exec(); `types`, the signature's
    types, choose the class a solution sees as `Node`."""
    import builtins
    names = LazyBuiltins(builtins.__dict__)
    for type_name in types:
        node = NODE_TYPES.get(innermost(type_name))
        if node is not None:
            names["Node"] = node
    return {"__builtins__": names, "__name__": "__main__"}


def innermost(type_name: str) -> str:
    """The type of the innermost elements of arrays and lists; the type itself for the others."""
    while True:
        inner = element_type(type_name)
        if inner is None:
            return type_name
        type_name = inner


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


def to_tree(values, node_class=TreeNode):
    if not values or values[0] is None:
        return None
    root = node_class(values[0])
    from collections import deque
    queue = deque([root])
    i = 1
    while queue and i < len(values):
        node = queue.popleft()
        if i < len(values) and values[i] is not None:
            node.left = node_class(values[i])
            queue.append(node.left)
        i += 1
        if i < len(values) and values[i] is not None:
            node.right = node_class(values[i])
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


LIMIT = 1_000_000  # nodes an answer may have: past it, its pointers surely form a cycle


class Test:
    """What one test's input made: the nodes the driver built (kept alive, so that no answer node
    can reuse their identity), for the deep-copy check of RandomNode and GraphNode answers; the
    positions of a builder's list nodes; and the first reason the answer is wrong, if any."""

    def __init__(self):
        self.nodes = []
        self.ids = set()
        self.positions = {}
        self.wrong = None

    def add(self, node):
        self.nodes.append(node)
        self.ids.add(id(node))

    def note(self, message):
        if self.wrong is None:
            self.wrong = message


def to_random_list(pairs, test=None):
    nodes = [RandomNode(val) for val, _ in pairs]
    for node, following in zip(nodes, nodes[1:]):
        node.next = following
    for node, (_, target) in zip(nodes, pairs):
        node.random = None if target is None else nodes[target]
    if test is not None:
        for node in nodes:
            test.add(node)
    return nodes[0] if nodes else None


def to_graph(adjacency, test=None):
    nodes = [GraphNode(i + 1) for i in range(len(adjacency))]
    for node, neighbors in zip(nodes, adjacency):
        node.neighbors = [nodes[j - 1] for j in neighbors]
    if test is not None:
        for node in nodes:
            test.add(node)
    return nodes[0] if nodes else None


def decode(value, type_name: str, test: Test = None):
    """A JSON value as the Python value a solution receives; `test` records the nodes made."""
    if type_name == "ListNode":
        return to_list_node(value)
    if type_name == "TreeNode":
        return to_tree(value)
    if type_name == "NextNode":
        return to_tree(value, NextNode)
    if type_name == "RandomNode":
        return to_random_list(value, test)
    if type_name == "GraphNode":
        return to_graph(value, test)
    inner = element_type(type_name)
    if inner is not None and innermost(inner) in ("ListNode", "TreeNode") + tuple(NODE_TYPES):
        return [decode(v, inner, test) for v in value]
    return value


class TypeMismatch(Exception):
    pass


class BadAnswer(Exception):
    """The solution's answer cannot be read (a returned length out of range): a runtime error."""


def encode(value, type_name: str, test: Test = None):
    """A solution's return value as JSON data; TypeMismatch when it is not a `type_name`. With
    `test`, a RandomNode or GraphNode answer that holds a node of the input is noted there."""
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
    if type_name == "NextNode":
        if value is not None and not isinstance(value, NextNode):
            raise mismatch()
        return from_next_levels(value)
    if type_name == "RandomNode":
        if value is not None and not isinstance(value, RandomNode):
            raise mismatch()
        return from_random_list(value, test)
    if type_name == "GraphNode":
        if value is not None and not isinstance(value, GraphNode):
            raise mismatch()
        return from_graph(value, test)
    if type_name == "void":
        return None
    inner = element_type(type_name)
    if inner is not None:
        # Any sequence a solution may build (a list, a tuple, a deque, dict.values()...), as on LeetCode.
        if isinstance(value, (str, bytes, dict)) or not hasattr(value, "__iter__"):
            raise mismatch()
        return [encode(v, inner, test) for v in value]
    if type_name in ("integer", "long"):
        if type(value) is not int:
            raise mismatch()
        if type_name == "integer" and not -2**31 <= value < 2**31:
            raise TypeMismatch(f"returned {value}, which does not fit in a 32-bit integer")
        return value
    if type_name == "uint32":
        if type(value) is not int:
            raise mismatch()
        if not 0 <= value < 2**32:
            raise TypeMismatch(f"returned {value}, which does not fit in an unsigned 32-bit integer")
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


def node_mismatch(node, expected):
    return TypeMismatch(f"found {type(node).__name__} {short(node)} where a Node was expected ({expected})")


def from_next_levels(root):
    """The levels of a tree read through its `next` pointers, "#" after each one."""
    out = []
    count = 0
    first = root
    while first is not None:
        node, following = first, None
        while node is not None:
            if not isinstance(node, NextNode):
                raise node_mismatch(node, "a next, left or right pointer")
            out.append(encode(node.val, "integer"))
            count += 1
            if count > LIMIT:
                raise ValueError("the next pointers form a cycle or the tree is too large")
            if following is None:
                following = node.left if node.left is not None else node.right
            node = node.next
        out.append("#")
        first = following
    return out


def from_random_list(head, test=None):
    """[[val, index of random or null], ...] in `next` order."""
    nodes, index = [], {}
    node = head
    while node is not None:
        if not isinstance(node, RandomNode):
            raise node_mismatch(node, "a next pointer")
        if id(node) in index:
            raise ValueError(f"the list's next pointers form a cycle (node {len(nodes)} is node {index[id(node)]} again)")
        index[id(node)] = len(nodes)
        nodes.append(node)
        if len(nodes) > LIMIT:
            raise ValueError("the list is too long")
        node = node.next
    out = []
    for i, node in enumerate(nodes):
        target = node.random
        if target is None:
            position = None
        elif not isinstance(target, RandomNode):
            raise node_mismatch(target, "a random pointer")
        else:
            position = index.get(id(target), -1)
        if test is not None:
            if id(node) in test.ids:
                test.note(f"the answer's node {i} (val {node.val}) is a node of the input: not a copy")
            elif position == -1 and id(target) in test.ids:
                original = next(k for k, built in enumerate(test.nodes) if built is target)
                position = original
                test.note(f"the answer's node {i} (val {node.val}) has a random pointer to node {original} of the "
                          "input: not a copy")
            elif position == -1:
                test.note(f"the answer's node {i} (val {node.val}) has a random pointer to a node that is not in "
                          "the returned list")
        out.append([encode(node.val, "integer"), position])
    return out


def from_graph(start, test=None):
    """The graph reachable from `start`: each node's neighbours' values, the nodes ordered by value."""
    if start is None:
        return []
    seen, order = {id(start)}, [start]
    for node in order:
        if not isinstance(node.neighbors, (list, tuple)):
            raise TypeMismatch(f"a node's neighbors is {type(node.neighbors).__name__} {short(node.neighbors)}, not a list")
        for neighbor in node.neighbors:
            if not isinstance(neighbor, GraphNode):
                raise node_mismatch(neighbor, "a neighbor")
            if id(neighbor) not in seen:
                seen.add(id(neighbor))
                order.append(neighbor)
                if len(order) > LIMIT:
                    raise ValueError("the graph is too large")
    for node in order:
        encode(node.val, "integer")
    order.sort(key=lambda node: node.val)
    if test is not None:
        for node in order:
            if id(node) in test.ids:
                test.note(f"the answer's node with val {node.val} is a node of the input: not a copy")
                break
    return [[neighbor.val for neighbor in node.neighbors] for node in order]


# Kinds of function questions: the header of tests.json (see driver.py) says how a test's input
# becomes the arguments and how the call's outcome becomes the judged answer.

def build_cycle(values, pos, test):
    """A list of `values` whose tail links to node `pos` (-1: none)."""
    nodes = [ListNode(v) for v in values]
    for node, following in zip(nodes, nodes[1:]):
        node.next = following
    if nodes and pos >= 0:
        nodes[-1].next = nodes[pos]
    for i, node in enumerate(nodes):
        test.add(node)
        test.positions[id(node)] = i
    return [nodes[0] if nodes else None]


def build_intersection(intersect_val, list_a, list_b, skip_a, skip_b, test):
    """Two lists that share their nodes from list_a[skip_a] / list_b[skip_b] on (none when
    intersect_val is 0)."""
    nodes_a = [ListNode(v) for v in list_a]
    shared = intersect_val != 0
    nodes_b = [ListNode(v) for v in (list_b[:skip_b] if shared else list_b)]
    for nodes in (nodes_a, nodes_b):
        for node, following in zip(nodes, nodes[1:]):
            node.next = following
    if shared:
        if nodes_b:
            nodes_b[-1].next = nodes_a[skip_a]
        else:
            nodes_b = [nodes_a[skip_a]]
    for i, node in enumerate(nodes_a):
        test.add(node)
        test.positions[id(node)] = i
    for node in nodes_b:
        test.add(node)
    return [nodes_a[0] if nodes_a else None, nodes_b[0] if nodes_b else None]


def arguments(header, values, test: Test):
    """The arguments of a function question's call, from one test's input."""
    build = header.get("build")
    if build == "cycle":
        return build_cycle(values[0], values[1], test)
    if build == "intersection":
        return build_intersection(*values, test)
    return [decode(v, t, test) for v, t in zip(values, header["params"])]


def answer(header, args, result, test: Test):
    """The judged answer (JSON data) of a call that returned `result` on `args`."""
    if "inplace" in header:
        i = header["inplace"]
        return encode(args[i], header["params"][i], test)
    if "prefix" in header:
        i = header["prefix"]
        k = encode(result, "integer")
        array = args[i]
        if not isinstance(array, list):
            raise TypeMismatch(f"the array became {type(array).__name__} {short(array)}")
        if k < 0:
            raise BadAnswer(f"returned k = {k}, which is negative")
        if k > len(array):
            raise BadAnswer(f"returned k = {k}, but the array has {len(array)} element{'' if len(array) == 1 else 's'}")
        return encode(array[:k], header["params"][i], test)
    if header.get("build") and header["returns"] == "ListNode":
        return position(result, test)
    return encode(result, header["returns"], test)


def position(node, test: Test):
    """A returned node judged by identity: its position in the (first) built list, null for None,
    -1 for a node that is not one of that list's."""
    if node is None:
        return None
    if not isinstance(node, ListNode):
        raise TypeMismatch(f"returned {type(node).__name__} {short(node)} where ListNode was expected")
    return test.positions.get(id(node), -1)


def call(solution_class, header, values, test: Test = None):
    """Runs one test of a function question: a fresh Solution, the header's function on the
    arguments made from `values`; returns the judged answer (JSON data)."""
    test = test if test is not None else Test()
    args = arguments(header, values, test)
    method = getattr(solution_class(), header["function"])
    result = method(*args)
    return answer(header, args, result, test)


def run_design(cls, header, value, test: Test = None, timing: list = None):
    """Runs one test of a design question: `value` is LeetCode's pair [names, argument lists]; the
    first call constructs `cls`, the others call its methods. Returns one answer per call: null for
    the constructor and void methods, the encoded return value otherwise. With `timing` (a list
    holding one number), the seconds spent in the calls themselves are added to timing[0]."""
    from time import perf_counter
    test = test if test is not None else Test()
    names, arg_lists = value
    args = [decode(v, t, test) for v, t in zip(arg_lists[0], header["params"])]
    started = perf_counter()
    obj = cls(*args)
    spent = perf_counter() - started
    answers = [None]
    for name, values in zip(names[1:], arg_lists[1:]):
        method = header["methods"][name]
        args = [decode(v, t, test) for v, t in zip(values, method.get("params", []))]
        started = perf_counter()
        result = getattr(obj, name)(*args)
        spent += perf_counter() - started
        answers.append(encode(result, method.get("returns", "void"), test))
    if timing is not None:
        timing[0] += spent
    return answers


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
