class Solution:
    def isValid(self, s: str) -> bool:
        pairs = {")": "(", "]": "[", "}": "{"}
        stack = []
        for c in s:
            if c in pairs:
                if not stack or stack.pop() != pairs[c]:
                    return False
            else:
                stack.append(c)
        return not stack


def balanced(rng, pairs):
    """A random balanced string of the given number of pairs."""
    out, stack = [], []
    opened = 0
    while opened < pairs or stack:
        if opened < pairs and (not stack or rng.random() < 0.5):
            c = rng.choice("([{")
            out.append(c)
            stack.append(c)
            opened += 1
        else:
            out.append({"(": ")", "[": "]", "{": "}"}[stack.pop()])
    return "".join(out)


def spoil(rng, s):
    s = list(s)
    i = rng.randrange(len(s))
    s[i] = rng.choice([c for c in "()[]{}" if c != s[i]])
    return "".join(s)


def tests(rng):
    out = [["("], [")"], ["()"], [")("], ["[]"], ["{}"], ["(]"], ["([)]"], ["{[]}"], ["]"], ["(("], ["))"],
           ["()[]{}"], ["(((((())))))"], ["({[({[]})]})"], ["[[[]]]]"], ["{{{{}}}"], ["(){}}{"]]
    for _ in range(8):
        out.append([balanced(rng, rng.randint(1, 40))])
    for _ in range(8):
        out.append([spoil(rng, balanced(rng, rng.randint(1, 40)))])
    out.append([balanced(rng, 5000)])
    out.append([spoil(rng, balanced(rng, 5000))])
    out.append(["(" * 5000 + ")" * 5000])
    out.append(["(" * 5000 + ")" * 4999 + "]"])
    out.append(["[" * 10000])
    out.append(["{}" * 5000])
    out.append([balanced(rng, 4999) + "(" ])
    out.append([")" + balanced(rng, 4999) + "("])
    return out
