#!/usr/bin/env python3
"""A web server for the external link tests: /ok 200, /missing 404, /broken 500, /no-head 405 to HEAD
and 200 to GET, /never no answer. Runs in its own process so that a busy test process cannot
starve it. Prints its base URL once listening; stops when standard input closes."""
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def answer(self, status):
        self.send_response(status)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def route(self, head):
        path = self.path.split("?")[0]
        if path == "/never":
            time.sleep(120)
        elif path == "/no-head":
            self.answer(405 if head else 200)
        else:
            self.answer({"/ok": 200, "/missing": 404, "/broken": 500}.get(path, 404))

    def do_GET(self):
        self.route(head=False)

    def do_HEAD(self):
        self.route(head=True)


server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
server.daemon_threads = True
threading.Thread(target=server.serve_forever, daemon=True).start()
print(f"http://127.0.0.1:{server.server_address[1]}", flush=True)
sys.stdin.read()
