class Solution:
    def compareVersion(self, version1: str, version2: str) -> int:
        a = [int(part) for part in version1.split(".")]
        b = [int(part) for part in version2.split(".")]
        for i in range(max(len(a), len(b))):
            x = a[i] if i < len(a) else 0
            y = b[i] if i < len(b) else 0
            if x != y:
                return -1 if x < y else 1
        return 0


def revision(rng):
    value = rng.choice([0, 0, 1, 2, rng.randint(0, 20), rng.randint(0, 2**31 - 1)])
    return "0" * rng.choice([0, 0, 0, 1, 2]) + str(value)


def version(rng, parts):
    return ".".join(revision(rng) for _ in range(parts))


def tests(rng):
    top = str(2**31 - 1)
    out = [
        ["1", "1"],
        ["0", "0"],
        ["1", "0"],
        ["0", "1"],
        ["1.01", "1.001"],
        ["1.0", "1.0.0.0"],
        ["0.1", "1.1"],
        ["1.0.1", "1"],
        ["7.5.2.4", "7.5.3"],
        ["01", "1"],
        ["1.2", "1.10"],
        ["1.10", "1.2"],
        [top, top],
        [top + "." + top, top + "." + str(2**31 - 2)],
        ["0" * 490 + "1", "1"],
        ["0" * 499 + "1", "00002"],
        [".".join(["0"] * 250), "0"],
        [".".join(["0"] * 249) + ".1", ".".join(["0"] * 250)],
        [".".join(["1"] * 250), ".".join(["1"] * 249) + ".2"],
        ["1.0.0.0.0.0.0.0.0.0.0.0.0.0.1", "1"],
    ]
    for _ in range(10):
        a = version(rng, rng.randint(1, 6))
        b = a if rng.random() < 0.3 else version(rng, rng.randint(1, 6))
        out.append([a, b])
    for _ in range(4):
        base = [revision(rng) for _ in range(rng.randint(1, 40))]
        other = list(base)
        i = rng.randrange(len(other))
        other[i] = str(int(other[i]) + rng.choice([-1, 1]) if int(other[i]) > 0 else 1)
        out.append([".".join(base), ".".join(other)])
    return out
