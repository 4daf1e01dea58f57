#!/usr/bin/env python3
"""Measures the store's push latency (fsync included) and the relay's ping->pong time while pushes
are in flight, on one violetvault-server process.

Usage: store_latency.py SERVER_BIN [pushes=200] [pushers=8] [seconds=5]
1. Sequential pushes of one op on a keep-alive connection: median / p99 push latency.
2. Idle ping->pong round trips on a joined WebSocket: median / p99.
3. The same pings while `pushers` processes push as fast as they are answered: median / p99 pong
   time, push throughput, and how many pushes shared a group commit (from /metrics).
"""
import base64
import http.client
import json
import multiprocessing
import os
import socket
import statistics
import struct
import subprocess
import sys
import tempfile
import time


def percentile(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(len(values) * p))]


def masked_text(payload: bytes) -> bytes:
    mask = os.urandom(4)
    body = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
    return struct.pack("!BB", 0x81, 0x80 | len(payload)) + mask + body


class Ws:
    def __init__(self, port, token):
        self.s = socket.create_connection(("127.0.0.1", port))
        self.s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.s.sendall(
            b"GET / HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            b"Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
            b"Authorization: Bearer " + token + b"\r\n\r\n")
        self.buf = b""
        while b"\r\n\r\n" not in self.buf:
            self.buf += self.s.recv(4096)
        self.buf = self.buf.split(b"\r\n\r\n", 1)[1]

    def send(self, obj):
        self.s.sendall(masked_text(json.dumps(obj).encode()))

    def recv(self):
        while True:
            if len(self.buf) >= 2:
                n = self.buf[1] & 0x7F
                head = 2
                if n == 126:
                    n = struct.unpack("!H", self.buf[2:4])[0]
                    head = 4
                if len(self.buf) >= head + n:
                    payload = self.buf[head:head + n]
                    self.buf = self.buf[head + n:]
                    return json.loads(payload)
            self.buf += self.s.recv(65536)

    def ping_ms(self):
        t = time.perf_counter()
        self.send({"type": "ping", "timestamp": int(time.time() * 1000)})
        while self.recv().get("type") != "pong":
            pass
        return (time.perf_counter() - t) * 1000


def push_body(key, op_id):
    return json.dumps({"idempotencyKey": key, "ops": [{"id": op_id, "blob": base64.b64encode(os.urandom(64)).decode()}]})


def pusher(port, n, stop, counts):
    headers = {"Authorization": "Bearer token-latency", "Content-Type": "application/json"}
    c = http.client.HTTPConnection("127.0.0.1", port)
    i = 0
    while not stop.is_set():
        c.request("POST", "/v1/rooms/room-latency/ops", push_body(f"par-key-{n:03d}-{i:08d}", f"p{n}-{i}"), headers)
        r = c.getresponse()
        r.read()
        assert r.status == 200, r.status
        i += 1
    counts.put(i)


def main():
    binary = sys.argv[1]
    pushes = int(sys.argv[2]) if len(sys.argv) > 2 else 200
    pushers = int(sys.argv[3]) if len(sys.argv) > 3 else 8
    seconds = float(sys.argv[4]) if len(sys.argv) > 4 else 5
    data = tempfile.mkdtemp(prefix="vv-store-latency-")
    server = subprocess.Popen([binary, "--port", "0", "--data-dir", data, "--log-level", "warning",
                               "--store-requests-per-sec", "0", "--max-signals-per-sec", "100000"],
                              stdout=subprocess.PIPE, text=True)
    try:
        port = int(server.stdout.readline().strip().rsplit(":", 1)[1])
        headers = {"Authorization": "Bearer token-latency", "Content-Type": "application/json"}
        conn = http.client.HTTPConnection("127.0.0.1", port)
        lat = []
        for i in range(pushes):
            t = time.perf_counter()
            conn.request("POST", "/v1/rooms/room-latency/ops", push_body(f"seq-key-{i:010d}", f"s{i}"), headers)
            r = conn.getresponse()
            r.read()
            assert r.status == 200, r.status
            lat.append((time.perf_counter() - t) * 1000)
        print(f"sequential push (1 op, fsync): median {statistics.median(lat):.2f} ms, p99 {percentile(lat, 0.99):.2f} ms over {pushes}")

        ws = Ws(port, b"token-latency")
        ws.send({"type": "connected", "budgetId": "room-latency", "timestamp": int(time.time() * 1000)})
        idle = [ws.ping_ms() for _ in range(200)]
        print(f"idle ping->pong: median {statistics.median(idle):.3f} ms, p99 {percentile(idle, 0.99):.3f} ms")

        # Pushers are processes, not threads: the GIL would otherwise delay this process's pongs.
        stop = multiprocessing.Event()
        counts = multiprocessing.Queue()
        procs = [multiprocessing.Process(target=pusher, args=(port, n, stop, counts)) for n in range(pushers)]
        for p in procs:
            p.start()
        time.sleep(0.2)
        busy = []
        end = time.time() + seconds
        while time.time() < end:
            busy.append(ws.ping_ms())
            time.sleep(0.005)
        stop.set()
        total = sum(counts.get(timeout=30) for _ in procs)
        for p in procs:
            p.join()
        print(f"ping->pong while {pushers} clients push: median {statistics.median(busy):.3f} ms, "
              f"p99 {percentile(busy, 0.99):.3f} ms, max {max(busy):.3f} ms over {len(busy)} pings")
        conn.request("GET", "/metrics")
        metrics = conn.getresponse().read().decode()
        values = {line.split(" ")[0]: float(line.split(" ")[1]) for line in metrics.splitlines()
                  if line and not line.startswith("#")}
        print(f"concurrent pushes: {total / seconds:.0f}/s; {values['vv_store_commits_total']:.0f} commits for "
              f"{pushes + total} pushes; {values['vv_store_grouped_pushes_total']:.0f} pushes shared a group commit")
    finally:
        server.terminate()
        server.wait(10)


if __name__ == "__main__":
    main()
