#!/usr/bin/python3
"""Stands in for journald, for tests: run in a private mount namespace (unshare --mount), it mounts a
tmpfs on /run/systemd, listens on /run/systemd/journal/socket, starts the command after `--`, and
writes every entry it receives to OUT as one JSON object per line (journald's native protocol).

Usage: unshare --mount --propagation private journal_capture.py OUT -- COMMAND...
"""

import ctypes
import json
import os
import signal
import socket
import struct
import subprocess
import sys


def parse(datagram: bytes) -> dict:
    fields, i = {}, 0
    while i < len(datagram):
        end = datagram.index(b"\n", i)
        line = datagram[i:end]
        if b"=" in line:
            key, value = line.split(b"=", 1)
            i = end + 1
        else:  # KEY\n<uint64 little-endian length><value>\n
            key = line
            (length,) = struct.unpack("<Q", datagram[end + 1:end + 9])
            value = datagram[end + 9:end + 9 + length]
            i = end + 9 + length + 1
        fields[key.decode()] = value.decode(errors="replace")
    return fields


def main():
    out, command = sys.argv[1], sys.argv[sys.argv.index("--") + 1:]
    subprocess.run(["mount", "-t", "tmpfs", "tmpfs", "/run/systemd"], check=True)
    os.makedirs("/run/systemd/journal")
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind("/run/systemd/journal/socket")
    libc = ctypes.CDLL(None)
    child = subprocess.Popen(command, preexec_fn=lambda: libc.prctl(1, signal.SIGKILL))  # dies with us
    with open(out, "a", buffering=1) as f:
        while child.poll() is None:
            sock.settimeout(0.2)
            try:
                data, _ = sock.recvfrom(1 << 20)
            except socket.timeout:
                continue
            f.write(json.dumps(parse(data)) + "\n")


if __name__ == "__main__":
    main()
