# Rewrites what Scala 2.12 and 2.13 accept and the Scala 2.11 of the image rejects, then runs the
# compiler (the rest of the argument array): a trailing comma (a comma that ends its line, before a
# line that starts with `)`, `]` or `}`) becomes a space, and Scala 3's wildcard import
# `import a.b.*` (or `{x, *}`) becomes `import a.b._`. Strings, interpolations, characters and
# comments are left alone; lines and columns stay where they were.
# A compile error that may come from a newer feature gets a note naming this compiler.
# Usage: prep.py FILE COMMAND... (rewrite, then compile); prep.py FILE (rewrite only, for a compile
# server); prep.py --note (the note, for the compiler output on standard input).
import os
import re
import subprocess
import sys


def skip_comment(s, i):
    """The end of the comment starting at i, or i when none starts there."""
    if s.startswith('//', i):
        j = s.find('\n', i)
        return len(s) if j < 0 else j
    if s.startswith('/*', i):
        depth, j = 1, i + 2
        while j < len(s) and depth:
            if s.startswith('/*', j):
                depth, j = depth + 1, j + 2
            elif s.startswith('*/', j):
                depth, j = depth - 1, j + 2
            else:
                j += 1
        return j
    return i


def trailing(s, i):
    """Whether the comma at i ends its line and the next code closes a bracket."""
    j, newline = i + 1, False
    while j < len(s):
        c = s[j]
        if c == '\n':
            newline, j = True, j + 1
        elif c in ' \t\r\f':
            j += 1
        else:
            k = skip_comment(s, j)
            if k == j:
                return newline and c in ')]}'
            j = k
    return False


def ident(s, i):
    return 0 <= i < len(s) and (s[i].isalnum() or s[i] in '_$')


def rewrite(s):
    out = list(s)
    n = len(s)
    # modes: ['code', open braces] or ['istr'] / ['iraw'] for interpolated strings
    stack = [['code', 0]]
    i = 0
    while i < n:
        mode = stack[-1]
        c = s[i]
        if mode[0] in ('istr', 'iraw'):
            if c == '$' and s.startswith('${', i):
                stack.append(['code', 1])
                i += 2
            elif c == '$':
                i += 2
            elif mode[0] == 'iraw' and s.startswith('"""', i):
                i += 3
                while i < n and s[i] == '"':
                    i += 1
                stack.pop()
            elif mode[0] == 'istr' and (c == '"' or c == '\n'):
                i += 1
                stack.pop()
            else:
                i += 1
            continue
        k = skip_comment(s, i)
        if k != i:
            i = k
        elif s.startswith('"""', i):
            interpolated = i > 0 and (s[i - 1].isalnum() or s[i - 1] == '_')
            if interpolated:
                stack.append(['iraw'])
                i += 3
            else:
                j = s.find('"""', i + 3)
                i = n if j < 0 else j + 3
                while i < n and s[i] == '"':
                    i += 1
        elif c == '"':
            if i > 0 and (s[i - 1].isalnum() or s[i - 1] == '_'):
                stack.append(['istr'])
                i += 1
            else:
                j = i + 1
                while j < n and s[j] not in '"\n':
                    j += 2 if s[j] == '\\' else 1
                i = j + 1
        elif c == "'":
            if s.startswith('\\', i + 1):
                j = i + 3
                while j < n and s[j] not in "'\n":
                    j += 1
                i = j + 1
            elif i + 2 < n and s[i + 2] == "'":
                i += 3
            else:
                i += 1
        elif c == '`':
            j = s.find('`', i + 1)
            i = n if j < 0 else j + 1
        elif c == '{':
            mode[1] += 1
            i += 1
        elif c == '}':
            mode[1] -= 1
            if mode[1] == 0 and len(stack) > 1:
                stack.pop()
            i += 1
        elif c == 'i' and s.startswith('import', i) and not ident(s, i - 1) and not ident(s, i + 6):
            j = s.find('\n', i)
            j = n if j < 0 else j
            for k in range(i + 6, j):
                if s[k] in '"/`':
                    break
                if s[k] == '*' and s[:k].rstrip()[-1:] in ('.', '{', ',') and s[k + 1:j].lstrip()[:1] in ('', ',', '}', ';'):
                    out[k] = '_'
            i += 6
        elif c == ',':
            if trailing(s, i):
                out[i] = ' '
            i += 1
        else:
            i += 1
    return ''.join(out)


# A compile error that may come from a feature the old compiler lacks says which compiler this is.
NEWER = re.compile(r'(not found:|is not a member of|expected but|illegal start)', re.IGNORECASE)
NOTE = ("note: this judge compiles Scala 2.11.12 on OpenJDK 21, with later syntax and library functions "
        "rewritten or added where it can; LeetCode's Scala 3 accepts more.\n")


def main():
    if sys.argv[1:] == ['--note']:
        # For a compile server's output (standard input): the note, when the output may need it.
        if NEWER.search(sys.stdin.read()):
            sys.stdout.write(NOTE)
        return
    path, command = sys.argv[1], sys.argv[2:]
    try:
        with open(path, encoding='utf-8') as f:
            source = f.read()
        changed = rewrite(source)
        if changed != source:
            with open(path, 'w', encoding='utf-8') as f:
                f.write(changed)
    except Exception:
        pass
    if not command:
        return  # the rewrite only: a compile server compiles
    done = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    out = done.stdout
    sys.stdout.buffer.write(out)
    if done.returncode != 0 and NEWER.search(out.decode(errors='replace')):
        sys.stdout.write(NOTE)
    sys.stdout.flush()
    sys.exit(done.returncode)


if __name__ == '__main__':
    main()
