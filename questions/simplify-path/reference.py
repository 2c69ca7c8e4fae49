class Solution:
    def simplifyPath(self, path: str) -> str:
        stack = []
        for name in path.split("/"):
            if name == "..":
                if stack:
                    stack.pop()
            elif name and name != ".":
                stack.append(name)
        return "/" + "/".join(stack)


NAMES = ["a", "b", "home", "usr", "x_1", "Docs", "...", "..a", "a..", ".hidden", "_", "9", "....", "v2.0"]


def random_path(rng, parts, dots=0.3):
    out = ""
    for _ in range(parts):
        out += "/" * rng.choice([1, 1, 1, 2, 3])
        r = rng.random()
        if r < dots / 2:
            out += "."
        elif r < dots:
            out += ".."
        else:
            out += rng.choice(NAMES)
    if rng.random() < 0.3:
        out += "/"
    return out or "/"


def tests(rng):
    out = [["/"], ["//"], ["/."], ["/.."], ["/..."], ["/a"], ["/a/"], ["/a/.."], ["/a/../.."],
           ["/home/"], ["/../"], ["/home//foo/"], ["/a/./b/../../c/"], ["/a/../../b/../c//.//"],
           ["/a//b////c/d//././/.."], ["/.../a/../b/c/../d/./"], ["/.hidden/..hidden/"],
           ["/" * 3000], ["/" + "a" * 2999], ["/.." * 1000], ["/..." * 750]]
    for _ in range(16):
        out.append([random_path(rng, rng.randint(1, 20))])
    while len(out) < 45:
        p = random_path(rng, 700, rng.choice([0.2, 0.5]))[:3000]
        out.append([p])
    out.append([("/abc" * 750)[:3000]])
    for (p,) in out:
        assert 1 <= len(p) <= 3000 and p[0] == "/", p
    return out
