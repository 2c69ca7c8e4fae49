class Solution:
    def evalRPN(self, tokens: List[str]) -> int:
        stack = []
        for token in tokens:
            if token in ("+", "-", "*", "/"):
                b = stack.pop()
                a = stack.pop()
                if token == "+":
                    stack.append(a + b)
                elif token == "-":
                    stack.append(a - b)
                elif token == "*":
                    stack.append(a * b)
                else:
                    quotient = abs(a) // abs(b)
                    stack.append(quotient if (a < 0) == (b < 0) else -quotient)
            else:
                stack.append(int(token))
        return stack[0]


LOW, HIGH = -2**31, 2**31 - 1


def apply(op, a, b):
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    if b == 0:
        return None
    q = abs(a) // abs(b)
    return q if (a < 0) == (b < 0) else -q


def expression(rng, length, ops="+-*/", low=-200, high=200, push=0.5):
    """A valid expression of about `length` tokens whose every intermediate value fits in 32 bits."""
    tokens, stack = [], []
    while True:
        remaining = length - len(tokens)
        if len(stack) >= 2 and (remaining <= len(stack) - 1 or rng.random() > push):
            op = rng.choice(ops)
            value = apply(op, stack[-2], stack[-1])
            if value is None or not LOW <= value <= HIGH:
                op = rng.choice("+-")
                value = apply(op, stack[-2], stack[-1])
                if not LOW <= value <= HIGH:
                    op = "-" if op == "+" else "+"
                    value = apply(op, stack[-2], stack[-1])
            stack[-2:] = [value]
            tokens.append(op)
        elif remaining > len(stack) or not stack:
            value = rng.randint(low, high)
            stack.append(value)
            tokens.append(str(value))
        if len(stack) == 1 and len(tokens) >= length:
            return [tokens]


def tests(rng):
    out = [[["0"]], [["200"]], [["-200"]], [["2", "1", "+", "3", "*"]], [["4", "13", "5", "/", "+"]],
           [["10", "6", "9", "3", "+", "-11", "*", "/", "*", "17", "+", "5", "+"]],
           [["-7", "2", "/"]], [["7", "-2", "/"]], [["-7", "-2", "/"]], [["1", "200", "/"]], [["-1", "200", "/"]],
           [["0", "-5", "/"]], [["3", "-4", "-"]], [["-200", "-200", "*"]],
           # 2^31 - 1 and -2^31 reached exactly
           [["2"] + ["2", "*"] * 29 + ["1", "-", "2"] + ["2", "*"] * 29 + ["+"]],
           [["-2"] + ["2", "*"] * 30],
           [["-2"] + ["2", "*"] * 30 + ["1", "+", "-1", "*"]]]
    for _ in range(10):
        out.append(expression(rng, rng.choice((3, 5, 7, 9, 11, 21, 51, 99))))
    out.append(expression(rng, 9999))
    out.append(expression(rng, 9999, push=0.9))
    out.append(expression(rng, 9999, ops="*/"))
    out.append(expression(rng, 9999, ops="+-", push=0.3))
    out.append(expression(rng, 9999, ops="+*", low=-3, high=3))
    for (tokens,) in out:
        stack = []
        for t in tokens:
            if t in ("+", "-", "*", "/"):
                b, a = stack.pop(), stack.pop()
                stack.append(apply(t, a, b))
                assert LOW <= stack[-1] <= HIGH
            else:
                stack.append(int(t))
        assert len(stack) == 1
        assert 1 <= len(tokens) <= 10**4
        assert all(t in "+-*/" or -200 <= int(t) <= 200 for t in tokens)
    return out
