"""The CloneCode judge's checker runner, run inside the sandbox in a run of its own (never in the
submission's process) for a question whose answers its checker.py judges (`compare: checker`):

    python3 -I -S check.py checker.py cases.json

checker.py is the question's own, trusted code; it defines

    def check(args, expected, actual):
        # args: the test's input (list of JSON values); expected: the reference's answer; actual:
        # the submission's answer (JSON values, already parsed). None when actual is right, else a
        # message saying what is wrong.

cases.json holds the tests whose answer differs from the reference's:

    {"cases": [{"i": 0, "args": [...], "expected": ..., "actual": ...}, ...]}

The runner calls check once per case, in order, and writes one JSON line per case on file
descriptor 3:

    {"i": 0, "ok": true}                          the answer is right
    {"i": 0, "ok": false, "message": "..."}       check returned this message: a Wrong Answer
    {"i": 0, "error": "..."}                      check raised, or returned neither None nor a
                                                  string (the judge makes it an Internal Error)

When checker.py itself cannot be loaded, or defines no check, every case gets that error. What the
checker prints goes to stdout and stderr, never to descriptor 3.
"""

import os
import sys
import traceback

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import leetcode  # noqa: E402

MESSAGE_KEPT = 4096


def describe(error):
    """The traceback from the checker's own frames."""
    frames = [f for f in traceback.extract_tb(error.__traceback__) if f.filename != __file__]
    lines = ["Traceback (most recent call last):\n"] if frames else []
    lines += traceback.format_list(frames) + traceback.format_exception_only(type(error), error)
    return "".join(lines).rstrip()[-MESSAGE_KEPT:]


def load(path):
    """The checker's check function, or the text of why there is none."""
    namespace = {"__name__": "checker", "__file__": path}
    try:
        with open(path, encoding="utf-8") as f:
            exec(compile(f.read(), path, "exec"), namespace)
    except BaseException as error:
        return None, f"checker.py cannot be loaded: {describe(error)}"
    check = namespace.get("check")
    if not callable(check):
        return None, "checker.py defines no check(args, expected, actual)"
    return check, None


def main():
    checker_path, cases_path = sys.argv[1], sys.argv[2]
    report = os.fdopen(3, "w", buffering=1, encoding="utf-8")
    os.set_inheritable(3, False)

    def send(record):
        report.write(leetcode.canonical(record) + "\n")

    with open(cases_path, encoding="utf-8") as f:
        import json
        cases = json.load(f)["cases"]
    sys.setrecursionlimit(100000)
    check, problem = load(checker_path)
    for case in cases:
        i = case["i"]
        if check is None:
            send({"i": i, "error": problem})
            continue
        try:
            verdict = check(case["args"], case["expected"], case["actual"])
        except BaseException as error:
            send({"i": i, "error": f"checker.py raised: {describe(error)}"})
            continue
        if verdict is None:
            send({"i": i, "ok": True})
        elif isinstance(verdict, str):
            send({"i": i, "ok": False, "message": verdict[:MESSAGE_KEPT]})
        else:
            send({"i": i, "error": f"checker.py returned {type(verdict).__name__} {leetcode.short(verdict)}, "
                                   "neither None nor a message"})


if __name__ == "__main__":
    main()
