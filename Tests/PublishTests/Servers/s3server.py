#!/usr/bin/env python3
"""Starts moto's S3 server on 127.0.0.1 with authentication on, plus a fault-injecting proxy in front.

Used by the publish tests. Prints one JSON line ({s3, proxy, key, secret, bucket}) once ready and
runs until its standard input closes. Requests to the proxy are forwarded unchanged (the Host
header too, so signatures still match); the proxy's /__faults, /__head, /__keys and /__stats
paths let a test inject failures and inspect the bucket.
"""
import json
import os
import socket
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
import http.client
from urllib.parse import urlparse, parse_qs

# moto reads this when imported: the first requests (the set-up below) need no signature, every later one does.
SETUP_REQUESTS = 4
os.environ["INITIAL_NO_AUTH_ACTION_COUNT"] = str(SETUP_REQUESTS)
os.environ.setdefault("AWS_DEFAULT_REGION", "us-east-1")

import boto3  # noqa: E402
from moto.server import ThreadedMotoServer  # noqa: E402


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


moto_port = free_port()
server = ThreadedMotoServer(ip_address="127.0.0.1", port=moto_port, verbose=False)
server.start()
endpoint = f"http://127.0.0.1:{moto_port}"

setup = dict(endpoint_url=endpoint, region_name="us-east-1", aws_access_key_id="setup", aws_secret_access_key="setup")
iam = boto3.client("iam", **setup)
iam.create_user(UserName="publisher")
iam.put_user_policy(UserName="publisher", PolicyName="s3", PolicyDocument=json.dumps(
    {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": "*"}]}))
key = iam.create_access_key(UserName="publisher")["AccessKey"]
creds = dict(endpoint_url=endpoint, region_name="us-east-1",
             aws_access_key_id=key["AccessKeyId"], aws_secret_access_key=key["SecretAccessKey"])
boto3.client("s3", **setup).create_bucket(Bucket="site")
s3 = boto3.client("s3", **creds)

faults = {"fail_puts": 0, "drop_puts": 0, "fail_posts": 0}
stats = {"PUT": 0, "POST": 0, "GET": 0, "DELETE": 0, "HEAD": 0}
lock = threading.Lock()


class Proxy(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def answer(self, status, payload):
        body = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def control(self):
        url = urlparse(self.path)
        query = {k: v[0] for k, v in parse_qs(url.query).items()}
        if url.path == "/__faults":
            with lock:
                for name in faults:
                    faults[name] = int(query.get(name, 0))
                for name in stats:
                    stats[name] = 0
            return self.answer(200, faults)
        if url.path == "/__stats":
            with lock:
                return self.answer(200, stats)
        if url.path == "/__keys":
            keys = []
            for page in s3.get_paginator("list_objects_v2").paginate(Bucket="site"):
                keys += [item["Key"] for item in page.get("Contents", [])]
            return self.answer(200, sorted(keys))
        if url.path == "/__head":
            head = s3.head_object(Bucket="site", Key=query["key"])
            return self.answer(200, {"ContentType": head.get("ContentType"), "CacheControl": head.get("CacheControl"),
                                     "ContentEncoding": head.get("ContentEncoding"), "ETag": head.get("ETag")})
        if url.path == "/__get":
            body = s3.get_object(Bucket="site", Key=query["key"])["Body"].read()
            return self.answer(200, {"bytes": list(body)})
        return self.answer(404, {})

    def forward(self):
        if self.path.startswith("/__"):
            return self.control()
        length = int(self.headers.get("Content-Length") or 0)
        method = self.command
        with lock:
            stats[method] = stats.get(method, 0) + 1
            fail = method == "PUT" and faults["fail_puts"] > 0
            drop = not fail and method == "PUT" and faults["drop_puts"] > 0
            fail_post = method == "POST" and faults["fail_posts"] > 0
            if fail:
                faults["fail_puts"] -= 1
            if drop:
                faults["drop_puts"] -= 1
            if fail_post:
                faults["fail_posts"] -= 1
        if drop:
            # Half the body, then the connection goes away without an answer.
            self.rfile.read(length // 2)
            self.connection.shutdown(socket.SHUT_RDWR)
            self.close_connection = True
            return
        body = self.rfile.read(length) if length else b""
        if fail or fail_post:
            payload = b"<Error><Code>InternalError</Code><Message>injected failure</Message></Error>"
            self.send_response(500)
            self.send_header("Content-Type", "application/xml")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)
            return
        upstream = http.client.HTTPConnection("127.0.0.1", moto_port, timeout=30)
        headers = {k: v for k, v in self.headers.items() if k.lower() not in ("connection", "expect")}
        upstream.request(method, self.path, body=body if (body or method in ("PUT", "POST")) else None, headers=headers)
        response = upstream.getresponse()
        data = response.read()
        self.send_response(response.status)
        for name, value in response.getheaders():
            if name.lower() not in ("content-length", "connection", "transfer-encoding", "server", "date"):
                self.send_header(name, value)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if method != "HEAD":
            self.wfile.write(data)
        upstream.close()

    do_GET = do_PUT = do_POST = do_DELETE = do_HEAD = forward


proxy = ThreadingHTTPServer(("127.0.0.1", free_port()), Proxy)
proxy.daemon_threads = True
threading.Thread(target=proxy.serve_forever, daemon=True).start()

print(json.dumps({"s3": endpoint, "proxy": f"http://127.0.0.1:{proxy.server_address[1]}",
                  "key": key["AccessKeyId"], "secret": key["SecretAccessKey"], "bucket": "site"}), flush=True)
sys.stdin.read()
proxy.shutdown()
server.stop()
