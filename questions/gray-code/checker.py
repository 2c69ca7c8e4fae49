"""Gray Code: any cyclic ordering of 0 .. 2^n - 1 starting at 0, neighbours one bit apart."""


def check(args, expected, actual):
    n = args[0]
    size = 1 << n
    if not isinstance(actual, list) or any(type(x) is not int for x in actual):
        return "the answer is not a list of integers"
    if len(actual) != size:
        return f"the answer has {len(actual)} numbers; {size} are expected"
    if actual[0] != 0:
        return f"the first number is {actual[0]}, not 0"
    seen = set()
    for i, x in enumerate(actual):
        if not 0 <= x < size:
            return f"answer[{i}] = {x} is outside 0..{size - 1}"
        if x in seen:
            return f"{x} appears more than once (again at index {i})"
        seen.add(x)
    for i in range(size):
        a, b = actual[i], actual[(i + 1) % size]
        if bin(a ^ b).count("1") != 1:
            where = f"answer[{i}] = {a} and answer[{(i + 1) % size}] = {b}"
            return f"{where} differ in {bin(a ^ b).count('1')} bits, not exactly one"
    return None
