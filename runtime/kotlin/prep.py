# Rewrites syntax that Kotlin 1.4 to 1.9 added into the Kotlin 1.3 the image compiles, then runs the
# compiler (the rest of the argument array): `a..<b` becomes `a until b`, a trailing comma before
# `)` `]` `>` or `->` becomes a space, `break`/`continue` inside a `when` get a label on their loop,
# `x.mod(y)` calls the floor modulo of Kotlin 1.5 (1.3 still has the old `mod`, an error), and
# kotlin.collections.ArrayDeque names the root package's ArrayDeque (Kotlin 1.4's class, ArrayDeque.java).
# Strings, characters and comments are left alone; lines and the columns of untouched code stay.
# A compile error that may come from a newer feature gets a note naming this compiler.
# Usage: prep.py FILE COMMAND... (rewrite, then compile); prep.py FILE (rewrite only, for a compile
# server); prep.py --note (the note, for the compiler output on standard input).
import os
import re
import subprocess
import sys


def lex(s):
    """Tokens (kind, start, end): ws, com, str, chr, id, num, p (one punctuation character)."""
    toks = []
    n = len(s)
    i = 0
    stack = [['code', 0]]
    while i < n:
        mode = stack[-1]
        c = s[i]
        if mode[0] in ('str', 'raw'):
            start = i
            while i < n:
                c = s[i]
                if mode[0] == 'str' and c == '\\':
                    i += 2
                elif mode[0] == 'str' and c == '"':
                    i += 1
                    stack.pop()
                    break
                elif mode[0] == 'str' and c == '\n':
                    stack.pop()
                    break
                elif mode[0] == 'raw' and s.startswith('"""', i):
                    i += 3
                    while i < n and s[i] == '"':
                        i += 1
                    stack.pop()
                    break
                elif c == '$' and i + 1 < n and s[i + 1] == '{':
                    i += 2
                    stack.append(['tmpl', 0])
                    break
                else:
                    i += 1
            toks.append(('str', start, min(i, n)))
            continue
        start = i
        if c in ' \t\r\n\f':
            while i < n and s[i] in ' \t\r\n\f':
                i += 1
            toks.append(('ws', start, i))
        elif s.startswith('//', i):
            while i < n and s[i] != '\n':
                i += 1
            toks.append(('com', start, i))
        elif s.startswith('/*', i):
            depth = 0
            while i < n:
                if s.startswith('/*', i):
                    depth += 1
                    i += 2
                elif s.startswith('*/', i):
                    depth -= 1
                    i += 2
                    if depth == 0:
                        break
                else:
                    i += 1
            toks.append(('com', start, i))
        elif c == '"':
            if s.startswith('"""', i):
                i += 3
                stack.append(['raw', 0])
            else:
                i += 1
                stack.append(['str', 0])
            toks.append(('str', start, i))
        elif c == "'":
            i += 1
            if i < n and s[i] == '\\':
                i += 2
            while i < n and s[i] != "'" and s[i] != '\n':
                i += 1
            if i < n and s[i] == "'":
                i += 1
            toks.append(('chr', start, i))
        elif c == '`':
            i += 1
            while i < n and s[i] != '`' and s[i] != '\n':
                i += 1
            i = min(i + 1, n)
            toks.append(('id', start, i))
        elif c.isalpha() or c == '_':
            while i < n and (s[i].isalnum() or s[i] == '_'):
                i += 1
            toks.append(('id', start, i))
        elif c.isdigit():
            while i < n and (s[i].isalnum() or s[i] == '_' or
                             (s[i] == '.' and i + 1 < n and s[i + 1].isdigit())):
                i += 1
            toks.append(('num', start, i))
        elif c == '{':
            if mode[0] == 'tmpl':
                mode[1] += 1
            toks.append(('p', start, i + 1))
            i += 1
        elif c == '}':
            i += 1
            if mode[0] == 'tmpl':
                if mode[1] == 0:
                    stack.pop()
                    toks.append(('str', start, i))
                    continue
                mode[1] -= 1
            toks.append(('p', start, i))
        else:
            i += 1
            toks.append(('p', start, i))
    return toks


def rewrite(s):
    toks = lex(s)
    sig = [t for t in toks if t[0] not in ('ws', 'com')]
    text = [s[a:b] for _, a, b in sig]
    edits = {}  # start -> (end, replacement)

    def at(k):
        return text[k] if 0 <= k < len(text) else ''

    def glued(k, m):
        return all(sig[j][2] == sig[j + 1][1] for j in range(k, k + m - 1))

    # Does the program declare a function of its own named mod?
    own_mod = False
    for k, t in enumerate(text):
        if t == 'fun' and sig[k][0] == 'id':
            depth = 0
            for j in range(k + 1, min(k + 40, len(text))):
                if text[j] in ('<',):
                    depth += 1
                elif text[j] == '>':
                    depth -= 1
                elif text[j] in ('(', '{', '=') and depth <= 0:
                    own_mod = own_mod or (text[j] == '(' and at(j - 1) == 'mod')
                    break

    blocks = []       # open braces: [kind, keyword index, unbraced loop inside]; kind 'loop', 'when' or ''
    pendings = []     # loop or when keywords waiting for their brace: [kind, paren depth, state, keyword index]
    parens = 0
    labels = {}       # keyword index -> label name
    do_tail = False   # a `while` right after a do-body closes is its condition
    counter = [0]
    top = [False]     # an unbraced loop outside every brace
    for k, (kind, a, b) in enumerate(sig):
        t = text[k]
        if kind == 'p':
            if t == '.' and at(k + 1) == '.' and at(k + 2) == '<' and glued(k, 3) and at(k - 1) != '.':
                edits[a] = (sig[k + 2][2], ' until ')
            elif t == ',' and (at(k + 1) in (')', ']', '>') or
                               (at(k + 1) == '-' and at(k + 2) == '>' and glued(k + 1, 2))):
                edits[a] = (b, ' ')
            if t == '(':
                parens += 1
            elif t == ')':
                parens -= 1
        elif kind == 'id' and t == 'kotlin' and text[k:k + 5] == ['kotlin', '.', 'collections', '.', 'ArrayDeque'] \
                and glued(k, 5) and at(k - 1) != '.' and at(k + 5) not in ('.', 'as'):
            if at(k - 1) == 'import':
                edits[sig[k - 1][1]] = (sig[k + 4][2], ' ' * (sig[k + 4][2] - sig[k - 1][1]))
            else:
                edits[a] = (sig[k + 4][1], '')
        elif kind == 'id' and t == 'mod' and not own_mod and at(k - 1) == '.' and at(k + 1) == '(':
            edits[a] = (b, 'ccMod')

        # Blocks of loops and of when, for break and continue.
        opened = False
        for pending in list(pendings):
            pk, pdepth, state, _ = pending
            if t == '{' and kind == 'p' and parens == pdepth and (state == 'header-done' or pk in ('do', 'when')):
                blocks.append(['loop' if pk != 'when' else 'when', pending[3], False])
                pendings.remove(pending)
                opened = True
            elif t == '(' and parens == pdepth + 1 and state == 'start' and pk != 'do':
                pending[2] = 'header'
            elif t == ')' and parens == pdepth and state == 'header':
                pending[2] = 'header-done'
            elif state in ('start', 'header-done') and parens == pdepth:
                pendings.remove(pending)
                if pk != 'when':
                    (blocks[-1] if blocks else top)[-1] = True
        if opened:
            do_tail = False
            continue
        if kind == 'id' and t in ('for', 'while', 'do', 'when') and at(k - 1) != '.':
            if t == 'while' and do_tail:
                do_tail = False
            else:
                if len(pendings) < 100:
                    pendings.append([t, parens, 'start', k])
                do_tail = False
            continue
        if t == '{' and kind == 'p':
            blocks.append(['', None, False])
            do_tail = False
        elif t == '}' and kind == 'p':
            if blocks:
                closed = blocks.pop()
                do_tail = closed[0] == 'loop' and text[closed[1]] == 'do'
        elif kind == 'id' and t in ('break', 'continue') and at(k + 1) != '@':
            do_tail = False
            in_when = False
            for blk in reversed(blocks[-100:]):
                if blk[2]:
                    break   # an unbraced loop may be the target: left as written
                if blk[0] == 'when':
                    in_when = True
                elif blk[0] == 'loop':
                    if in_when:
                        kw = blk[1]
                        if kw not in labels:
                            if at(kw - 1) == '@' and kw >= 2 and sig[kw - 2][0] == 'id' and glued(kw - 2, 2):
                                labels[kw] = text[kw - 2]
                            else:
                                counter[0] += 1
                                labels[kw] = 'ccLoop%d' % counter[0]
                                edits[sig[kw][1]] = (sig[kw][1], labels[kw] + '@ ')
                        edits[b] = (b, '@' + labels[kw])
                    break
        elif t not in (';',):
            do_tail = False

    out = []
    pos = 0
    for start in sorted(edits):
        end, rep = edits[start]
        if start < pos:
            continue
        out.append(s[pos:start])
        out.append(rep)
        pos = end
    out.append(s[pos:])
    return ''.join(out)


# A compile error that may come from a feature the old compiler lacks says which compiler this is.
NEWER = re.compile(r'(unresolved reference|is only available since|expecting|unsupported|not supported)', re.IGNORECASE)
NOTE = ("note: this judge compiles Kotlin 1.3.31 on OpenJDK 21, with later syntax and library functions "
        "rewritten or added where it can; LeetCode's Kotlin 2.1 accepts more.\n")


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
