#!/usr/bin/env python3
"""Measures violetvault-server memory per idle joined WebSocket connection.

Starts the server (path in argv[1]), reads VmRSS, opens N connections (default 2000) that
upgrade with a bearer token and join rooms of 4 members, waits until every join is
acknowledged (a pong after the join), reads VmRSS again and prints the difference per
connection. Loopback only; needs `ulimit -n` above N on the client side.
"""
import os
import re
import resource
import selectors
import socket
import struct
import subprocess
import sys
import tempfile
import time


def masked_text(payload: bytes) -> bytes:
    mask = os.urandom(4)
    body = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
    assert len(payload) < 126
    return struct.pack("!BB", 0x81, 0x80 | len(payload)) + mask + body


def rss_kib(pid: int) -> int:
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def main() -> int:
    binary = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 2000
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, count + 100), hard))
    data = tempfile.mkdtemp()
    server = subprocess.Popen([binary, "--port", "0", "--data-dir", data, "--log-level", "warning",
                               "--max-connections-per-ip", str(count + 10)], stdout=subprocess.PIPE)
    line = server.stdout.readline().decode()
    port = int(re.search(r":(\d+)$", line.strip()).group(1))
    time.sleep(0.2)
    before = rss_kib(server.pid)

    sel = selectors.DefaultSelector()
    socks = []
    pending = {}
    for i in range(count):
        s = socket.create_connection(("127.0.0.1", port))
        room = f"room-{i // 4}"
        req = (f"GET / HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
               f"Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
               f"Authorization: Bearer token-{i // 4}\r\n\r\n").encode()
        join = masked_text(f'{{"type":"connected","budgetId":"{room}","timestamp":1}}'.encode())
        ping = masked_text(b'{"type":"ping","timestamp":1}')
        s.sendall(req + join + ping)
        s.setblocking(False)
        sel.register(s, selectors.EVENT_READ)
        socks.append(s)
        pending[s] = b""
    deadline = time.time() + 60
    done = set()
    while len(done) < count and time.time() < deadline:
        for key, _ in sel.select(timeout=1):
            s = key.fileobj
            try:
                chunk = s.recv(65536)
            except BlockingIOError:
                continue
            pending[s] += chunk
            if b'"pong"' in pending[s]:
                done.add(s)
                sel.unregister(s)
                pending[s] = b""  # drain the rest later; presence frames are tiny
    time.sleep(0.5)
    after = rss_kib(server.pid)
    print(f"connections joined: {len(done)}/{count}")
    print(f"server VmRSS before: {before} KiB, after: {after} KiB")
    print(f"per idle joined connection: {(after - before) * 1024 / max(1, len(done)):.0f} bytes")
    for s in socks:
        s.close()
    server.terminate()
    server.wait(10)
    return 0 if len(done) == count else 1


if __name__ == "__main__":
    sys.exit(main())
