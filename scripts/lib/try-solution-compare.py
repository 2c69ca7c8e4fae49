"""scripts/try-solution's verdict: the driver's report against tests.json, compared as the judge's
Comparator does (exact, any_order, sorted_nested, float, checker), with the driver's `wrong`."""
import json
import os
import sys

work, question, show_all = sys.argv[1], sys.argv[2], sys.argv[3] == "1"
job = json.load(open(f"{work}/job/job.json"))
result = json.load(open(f"{work}/result.json"))
if "compile" in result and result["compile"]["exit"] != 0:
    print("COMPILE ERROR\n" + result["compile"]["output"])
    sys.exit(1)
if job["program"]:
    def tokens(text):
        return text.split()
    for i, (test, out) in enumerate(zip(job["tests"], result["outputs"])):
        if out["exit"] != 0:
            print(f"test {i + 1}: RUNTIME ERROR (exit {out['exit']})\n{out['stderr']}")
            sys.exit(1)
        actual, expected = out["stdout"], test["expected"]
        if job["compare"] == "exact":
            ok = actual.removesuffix("\n") == expected.removesuffix("\n")
        elif job["compare"] == "float":
            a, e = tokens(actual), tokens(expected)
            ok = len(a) == len(e) and all(x == y or (abs(float(x) - float(y)) <= job["tolerance"] * max(1, abs(float(y))))
                                          for x, y in zip(a, e))
        else:
            ok = tokens(actual) == tokens(expected)
        if not ok:
            print(f"test {i + 1}: WRONG ANSWER\ninput:    {test['input'][:300]}\nexpected: {expected[:300]}\nactual:   {actual[:300]}")
            sys.exit(1)
    print(f"ACCEPTED {len(job['tests'])}/{len(job['tests'])} tests")
    sys.exit(0)
records = []
for line in open(f"{work}/progress", encoding="utf-8", errors="replace"):
    try:
        records.append(json.loads(line))
    except ValueError:
        pass
if records and "compile_error" in records[0]:
    print("COMPILE ERROR\n" + records[0]["compile_error"])
    sys.exit(1)


def canon(v):
    return json.dumps(v, separators=(",", ":"), sort_keys=True)


def matches(actual, expected, mode, tolerance):
    a, e = json.loads(actual), json.loads(expected)
    if mode in ("exact", "checker"):
        return a == e
    if mode == "any_order":
        return isinstance(a, list) and isinstance(e, list) and sorted(map(canon, a)) == sorted(map(canon, e))
    if mode == "sorted_nested":
        norm = lambda x: sorted(canon(sorted(i, key=canon)) if isinstance(i, list) else canon(i) for i in x)
        return isinstance(a, list) and norm(a) == norm(e)
    if mode == "float":
        def close(x, y):
            if isinstance(x, list) and isinstance(y, list):
                return len(x) == len(y) and all(close(p, q) for p, q in zip(x, y))
            if isinstance(x, (int, float)) and isinstance(y, (int, float)) and not isinstance(x, bool):
                return abs(x - y) <= tolerance
            return x == y
        return close(a, e)
    return a == e


checker = None
if job["compare"] == "checker":
    namespace = {}
    exec(open(os.path.join(question, "checker.py")).read(), namespace)
    checker = namespace["check"]


def short(text, n=300):
    return text if len(text) <= n else text[:n] + f"… ({len(text)} chars)"


tests = job["tests"]
failures = 0
for i, test in enumerate(tests):
    record = records[i] if i < len(records) and records[i].get("i") == i else None
    if record is None:
        run = result.get("run", {})
        print(f"test {i + 1}: NO ANSWER (exit {run.get('exit')})\n{short(run.get('stderr', ''), 3000)}")
        sys.exit(1)
    if record.get("output_limit"):
        print(f"test {i + 1}: OUTPUT LIMIT")
        sys.exit(1)
    if "error" in record:
        print(f"test {i + 1}: RUNTIME ERROR\ninput: {short(test['input'])}\n{record['error']}")
        sys.exit(1)
    out = record["out"]
    message = record.get("wrong")
    ok = message is None and matches(out, test["expected"], job["compare"], job["tolerance"])
    if not ok and message is None and checker is not None:
        verdict = checker(json.loads(test["input"]), json.loads(test["expected"]), json.loads(out))
        ok, message = verdict is None, verdict
    if not ok:
        failures += 1
        print(f"test {i + 1}: WRONG ANSWER {message or ''}\ninput:    {short(test['input'])}\n"
              f"expected: {short(test['expected'])}\nactual:   {short(out)}\nstdout:   {short(record.get('stdout', ''))}")
        if not show_all:
            sys.exit(1)
    elif record.get("ms", 0) > job["time_limit_ms"]:
        print(f"test {i + 1}: TIME LIMIT ({record['ms']} ms > {job['time_limit_ms']} ms)")
        sys.exit(1)
if failures:
    sys.exit(1)
total_ms = sum(r.get("ms", 0) for r in records)
print(f"ACCEPTED {len(tests)}/{len(tests)} tests, {total_ms:.1f} ms in the solution")
