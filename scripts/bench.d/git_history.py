#!/usr/bin/env python3
"""A `git fast-import` stream of a generated history (scripts/bench audit).

git_history.py IN_DIR: IN_DIR/<id>/<NN>.txt as written by `generate.py history`. Writes to
stdout one commit per revision on refs/heads/main, revision by revision (every article's
revision 1, then every article's revision 2, ...), each commit setting the one file
`<id>.txt`: the same revisions a palimpsest archive of IN_DIR holds, as a plain repository.
"""
import os
import sys


def main(root):
    articles = sorted(a for a in os.listdir(root) if not a.startswith("."))
    revisions = {a: sorted(f for f in os.listdir(os.path.join(root, a)) if not f.startswith(".")) for a in articles}
    depth = max((len(r) for r in revisions.values()), default=0)
    out = sys.stdout.buffer
    when = 1623855840  # 2021-06-16T15:04:00Z
    for r in range(depth):
        for a in articles:
            if r >= len(revisions[a]):
                continue
            with open(os.path.join(root, a, revisions[a][r]), "rb") as f:
                data = f.read()
            message = f"{a} revision {r + 1}\n".encode()
            when += 60
            out.write(b"commit refs/heads/main\n")
            out.write(f"committer Bench <bench@localhost> {when} +0000\n".encode())
            out.write(b"data %d\n%s" % (len(message), message))
            out.write(b"M 100644 inline %s.txt\n" % a.encode())
            out.write(b"data %d\n%s\n" % (len(data), data))
    out.write(b"done\n")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: git_history.py IN_DIR")
    main(sys.argv[1])
