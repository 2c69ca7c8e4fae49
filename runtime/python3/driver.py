"""The CloneCode judge's driver for Python 3 solutions, run inside the sandbox:

    python3 -I -S driver.py solution.py tests.json

tests.json holds a header that says what the solution implements, and the inputs, never the
expected outputs:

    {"function": "rotate", "params": ["integer[][]"], "returns": "void", "inplace": 0, "inputs": [...]}
        a method of class Solution; each input is the JSON array of its arguments. Optional keys:
        "inplace": i   the answer is parameter i after the call (the function returns nothing)
        "prefix": i    the answer is parameter i's first k elements, k the returned value
        "build": "cycle" | "intersection"   the input is a builder's ([values, pos] / [intersectVal,
                       listA, listB, skipA, skipB]); a returned ListNode is answered by its position
                       in the (first) built list, null for None, -1 for a node not of that list
    {"class": "LRUCache", "params": [...], "methods": {"get": {"params": [...], "returns": "integer"}, ...},
     "inputs": [[["LRUCache", "put", "get"], [[2], [1, 1], [2]]], ...]}
        a design question: each input is a sequence of calls, the first the constructor; the answer
        is one value per call (null for the constructor and void methods)

The driver compiles the solution (a syntax error is reported as a compile error), then runs every
test on a fresh Solution (or a fresh object of the class), and writes one JSON line per test on
file descriptor 3, apart from the program's own stdout:

                                                              (an empty line) ready: the solution
                                                              is loaded, the tests begin
    {"compile_error": "..."}                                  the solution does not compile
    {"i": 0, "ms": 0.12, "out": "[0,1]", "stdout": "..."}     test 0 answered `out` (canonical JSON)
    {"i": 0, "ms": 0.12, "out": "[[7,null]]", "wrong": "...", "stdout": "..."}
                                                              test 0 is wrong whatever the expected
                                                              answer: a RandomNode or GraphNode
                                                              answer holds a node of the input
    {"i": 3, "error": "Traceback ...", "stdout": "..."}       test 3 raised; the driver stops
    {"i": 5, "output_limit": true}                            the program printed too much; stops
"""

import io
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
# -S leaves site out (it is slow to import); Debian's packages that LeetCode also has
# (sortedcontainers) are found after the standard library.
sys.path.append("/usr/lib/python3/dist-packages")
import leetcode  # noqa: E402

STDOUT_KEPT = 64 * 1024          # per test, in the result
STDOUT_TOTAL = 8 * 1024 * 1024   # over all tests: past this, Output Limit Exceeded


class CappedWriter(io.TextIOBase):
    """Takes what the solution prints, counting it across tests."""

    def __init__(self, budget):
        self.parts, self.size, self.budget = [], 0, budget

    def write(self, text):
        text = str(text)
        self.size += len(text)
        if self.size > self.budget:
            raise OutputLimit()
        if sum(len(p) for p in self.parts) < STDOUT_KEPT:
            self.parts.append(text)
        return len(text)

    def flush(self):
        pass

    def text(self):
        return "".join(self.parts)[:STDOUT_KEPT]


class OutputLimit(BaseException):
    pass


def main():
    solution_path, tests_path = sys.argv[1], sys.argv[2]
    report = os.fdopen(3, "w", buffering=1, encoding="utf-8")
    os.set_inheritable(3, False)

    def send(record):
        report.write(leetcode.canonical(record) + "\n")

    with open(tests_path, encoding="utf-8") as f:
        spec = leetcode.parse(f.read())
    with open(solution_path, encoding="utf-8") as f:
        source = f.read()
    try:
        code = leetcode.compile_solution(source, "solution.py")
    except (SyntaxError, ValueError) as error:
        import traceback
        send({"compile_error": "".join(traceback.format_exception_only(type(error), error)).rstrip()})
        return

    sys.setrecursionlimit(100000)
    design = "class" in spec
    types = list(spec.get("params", [])) + [spec.get("returns", "void")]
    for method in spec.get("methods", {}).values():
        types += list(method.get("params", [])) + [method.get("returns", "void")]
    namespace = leetcode.prelude(types)
    stdout = CappedWriter(STDOUT_TOTAL)
    real_stdout = sys.stdout
    owner = spec["class"] if design else "Solution"
    try:
        sys.stdout = stdout
        exec(code, namespace)
        solution_class = namespace.get(owner)
        if solution_class is None:
            raise NameError(f"name '{owner}' is not defined")
        if not design:
            getattr(solution_class, spec["function"])
    except OutputLimit:
        sys.stdout = real_stdout
        send({"i": 0, "output_limit": True})
        return
    except BaseException as error:
        sys.stdout = real_stdout
        send({"i": 0, "error": format_error(error), "stdout": stdout.text()})
        return
    sys.stdout = real_stdout
    report.write("\n")  # ready: the solution is loaded, the tests begin (the runner's clock)

    for i, values in enumerate(spec["inputs"]):
        test = leetcode.Test()
        stdout.parts = []
        sys.stdout = stdout
        try:
            if design:
                timing = [0.0]
                answer = leetcode.run_design(solution_class, spec, values, test, timing)
                elapsed = timing[0]
            else:
                args = leetcode.arguments(spec, values, test)
                method = getattr(solution_class(), spec["function"])
                started = time.perf_counter()
                value = method(*args)
                elapsed = time.perf_counter() - started
                answer = leetcode.answer(spec, args, value, test)
            sys.stdout = real_stdout
            out = leetcode.canonical(answer)
        except OutputLimit:
            sys.stdout = real_stdout
            send({"i": i, "output_limit": True})
            return
        except BaseException as error:
            sys.stdout = real_stdout
            send({"i": i, "error": format_error(error), "stdout": stdout.text()})
            return
        record = {"i": i, "ms": round(elapsed * 1000, 3), "out": out}
        if test.wrong is not None:
            record["wrong"] = test.wrong
        record["stdout"] = stdout.text()
        send(record)
        del test, values


def format_error(error):
    """The traceback from the solution's own frames, as LeetCode shows it."""
    import traceback
    if isinstance(error, leetcode.TypeMismatch):
        return f"TypeError: {error}"
    if isinstance(error, leetcode.BadAnswer):
        return str(error)
    if isinstance(error, RecursionError):
        return "RecursionError: maximum recursion depth exceeded"
    frames = [f for f in traceback.extract_tb(error.__traceback__) if f.filename == "solution.py"]
    lines = ["Traceback (most recent call last):"] if frames else []
    for frame in frames:
        lines.append(f'  File "solution.py", line {frame.lineno}, in {frame.name}')
        if frame.line:
            lines.append(f"    {frame.line}")
    lines.extend(traceback.format_exception_only(type(error), error))
    return "\n".join(line.rstrip("\n") for line in lines)


if __name__ == "__main__":
    main()
