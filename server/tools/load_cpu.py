#!/usr/bin/env python3
"""Measures violetvault-server CPU at a steady signal rate.

Usage: load_cpu.py SERVER_BIN [connections=5000] [signals_per_sec=1000] [seconds=10] [room_size=5]
Opens the connections (joined, rooms of room_size), then sends signals_per_sec data_changed
signals spread over random members for the given time while draining every socket, and
prints the server's CPU time (user+sys from /proc) per second of wall time and its VmRSS.
"""
import os
import random
import re
import resource
import selectors
import socket
import struct
import subprocess
import sys
import tempfile
import time

CLK = os.sysconf("SC_CLK_TCK")


def masked_text(payload: bytes) -> bytes:
    mask = os.urandom(4)
    body = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
    return struct.pack("!BB", 0x81, 0x80 | len(payload)) + mask + body


def cpu_seconds(pid: int) -> float:
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLK


def rss_kib(pid: int) -> int:
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def main() -> int:
    binary = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 5000
    rate = int(sys.argv[3]) if len(sys.argv) > 3 else 1000
    seconds = float(sys.argv[4]) if len(sys.argv) > 4 else 10
    room_size = int(sys.argv[5]) if len(sys.argv) > 5 else 5
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, count + 100), hard))
    server = subprocess.Popen([binary, "--port", "0", "--data-dir", tempfile.mkdtemp(), "--log-level", "warning",
                               "--max-connections-per-ip", str(count + 10), "--max-signals-per-sec", "1000"],
                              stdout=subprocess.PIPE)
    port = int(re.search(r":(\d+)$", server.stdout.readline().decode().strip()).group(1))
    sel = selectors.DefaultSelector()
    socks = []
    for i in range(count):
        s = socket.create_connection(("127.0.0.1", port))
        room = i // room_size
        req = (f"GET / HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
               f"Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
               f"Authorization: Bearer t{room}\r\n\r\n").encode()
        s.sendall(req + masked_text(f'{{"type":"connected","budgetId":"r{room}","timestamp":1}}'.encode()))
        s.setblocking(False)
        sel.register(s, selectors.EVENT_READ)
        socks.append((s, room))
    received = 0

    def drain(timeout):
        nonlocal received
        for key, _ in sel.select(timeout=timeout):
            try:
                data = key.fileobj.recv(262144)
                received += data.count(b'"data_changed"')
            except BlockingIOError:
                pass

    t_end = time.time() + 3
    while time.time() < t_end:
        drain(0.05)
    received = 0
    cpu0, t0 = cpu_seconds(server.pid), time.time()
    sent = 0
    while time.time() - t0 < seconds:
        due = int((time.time() - t0) * rate)
        while sent < due:
            s, room = random.choice(socks)
            s.send(masked_text(f'{{"type":"data_changed","budgetId":"r{room}","timestamp":1,"metadata":{{"seq":{sent}}}}}'.encode()))
            sent += 1
        drain(0.001)
    wall = time.time() - t0
    cpu = cpu_seconds(server.pid) - cpu0
    t_end = time.time() + 1
    while time.time() < t_end:
        drain(0.05)
    print(f"connections {count}, rooms of {room_size}, {sent} signals in {wall:.1f} s ({sent / wall:.0f}/s)")
    print(f"deliveries seen by clients: {received} (expected {sent * (room_size - 1)})")
    print(f"server CPU: {100 * cpu / wall:.1f}% of one core; VmRSS {rss_kib(server.pid)} KiB")
    for s, _ in socks:
        s.close()
    server.terminate()
    server.wait(10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
