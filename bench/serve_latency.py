#!/usr/bin/env python3
"""Measures sitegen serve's edit-to-reload latency: time from saving an article to the reload
message reaching a WebSocket client (what a browser tab receives).

usage: serve_latency.py SITE_DIR [--edits N] [--binary PATH]
SITE_DIR is a sitegen site (bench/gen_corpus.py makes one). Prints each edit's latency and the median.
"""
import argparse, base64, os, re, socket, statistics, subprocess, sys, time


def ws_connect(port):
    s = socket.create_connection(("127.0.0.1", port))
    key = base64.b64encode(os.urandom(16)).decode()
    s.sendall((f"GET /__sitegen/live HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
               f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n").encode())
    buf = b""
    while b"\r\n\r\n" not in buf:
        buf += s.recv(4096)
    return s, buf.split(b"\r\n\r\n", 1)[1]


def ws_next(s, pending):
    while True:
        while len(pending) < 2:
            pending += s.recv(65536)
        length, offset = pending[1] & 0x7F, 2
        if length == 126:
            while len(pending) < 4:
                pending += s.recv(65536)
            length, offset = int.from_bytes(pending[2:4], "big"), 4
        elif length == 127:
            while len(pending) < 10:
                pending += s.recv(65536)
            length, offset = int.from_bytes(pending[2:10], "big"), 10
        while len(pending) < offset + length:
            pending += s.recv(65536)
        opcode, payload, pending = pending[0] & 0x0F, pending[offset:offset + length], pending[offset + length:]
        if opcode == 1:
            return payload.decode(), pending


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("site")
    parser.add_argument("--edits", type=int, default=10)
    parser.add_argument("--binary", default=os.path.join(os.path.dirname(__file__), "..", ".build", "release", "sitegen"))
    args = parser.parse_args()
    server = subprocess.Popen([args.binary, "serve", "--source", args.site, "--port", "0"], stdout=subprocess.PIPE, text=True)
    try:
        line = server.stdout.readline()
        port = int(re.search(r":(\d+)/", line).group(1))
        print(line.strip())
        s, pending = ws_connect(port)
        first, pending = ws_next(s, pending)
        articles = sorted(os.path.join(d, f) for d, _, fs in os.walk(os.path.join(args.site, "content")) for f in fs if f.endswith(".md") and not f.startswith("_"))
        target = articles[len(articles) // 2]
        original = open(target).read()
        latencies = []
        for i in range(args.edits):
            time.sleep(0.3)
            started = time.perf_counter()
            with open(target, "w") as f:
                f.write(original + f"\n\nEdit number {i}.\n")
            message, pending = ws_next(s, pending)
            latencies.append((time.perf_counter() - started) * 1000)
            print(f"edit {i}: {latencies[-1]:.1f} ms  {message[:60]}")
        with open(target, "w") as f:
            f.write(original)
        print(f"median {statistics.median(latencies):.1f} ms, max {max(latencies):.1f} ms over {len(latencies)} edits ({len(articles)} articles)")
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    main()
