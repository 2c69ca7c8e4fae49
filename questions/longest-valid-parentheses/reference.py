class Solution:
    def longestValidParentheses(self, s: str) -> int:
        stack = [-1]          # the index before the current well-formed run, then open brackets
        best = 0
        for i, c in enumerate(s):
            if c == "(":
                stack.append(i)
            else:
                stack.pop()
                if stack:
                    best = max(best, i - stack[-1])
                else:
                    stack.append(i)
        return best


def balanced(rng, pairs):
    out, depth, opened = [], 0, 0
    while opened < pairs or depth:
        if opened < pairs and (depth == 0 or rng.random() < 0.5):
            out.append("(")
            depth += 1
            opened += 1
        else:
            out.append(")")
            depth -= 1
    return "".join(out)


def tests(rng):
    out = [[""], ["("], [")"], ["()"], [")("], ["(("], ["))"], ["(()"], ["())"], ["()()"], ["(())"],
           ["()(())"], [")()())"], ["()(()"], ["(()())"], ["((())"], ["(()))())("], ["()((())()"],
           ["(((())))(()"], [")))((("]]
    for _ in range(8):
        out.append(["".join(rng.choice("()") for _ in range(rng.randint(1, 60)))])
    for _ in range(4):
        out.append([")".join(balanced(rng, rng.randint(0, 40)) for _ in range(4))])
    n = 3 * 10**4
    out.append(["".join(rng.choice("()") for _ in range(n))])
    out.append(["()" * (n // 2)])
    out.append(["(" * (n // 2) + ")" * (n // 2)])
    out.append(["(" * n])
    out.append([")" * n])
    out.append(["(" + balanced(rng, n // 2 - 1) + ")"])
    out.append([balanced(rng, 7000) + ")" + balanced(rng, 7999)])
    out.append(["(" + balanced(rng, n // 2 - 1)])
    out.append([balanced(rng, n // 2 - 1) + ")("])
    return out
