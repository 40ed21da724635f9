#!/usr/bin/env python3
"""A fake SPARQL server on 127.0.0.1 for the failure paths of `polkg load`.

Usage: fake_sparql_server.py PORT_FILE LOG_FILE
Listens on a free port (written to PORT_FILE), logs one line per request to
LOG_FILE ("METHOD PATH AUTH" where AUTH is "auth" or "-", never the
credentials) and answers by the first path segment of the dataset URL:
  /ok/...      200 to everything
  /e500/...    500 "Internal failure" to everything
  /e400/...    400 "Parse Error: [line: 1, col: 1] broken" to everything
  /flaky/...   503 to the first two requests, then 200
  /auth/...    401 with a Basic challenge unless Authorization is sent,
               then 200
  /e404/...    404 "No such dataset" to everything (a wrong --endpoint)
  /slow/...    reads the request, then answers nothing for 60 s (a stalled
               server; the client must time out first), then 200
"""
import sys
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

counts = {}


class Handler(BaseHTTPRequestHandler):
    def answer(self):
        length = int(self.headers.get("Content-Length") or 0)
        self.rfile.read(length)
        mode = self.path.strip("/").split("/")[0].split("?")[0]
        auth = "auth" if self.headers.get("Authorization") else "-"
        with open(sys.argv[2], "a") as log:
            log.write(f"{self.command} {self.path} {auth}\n")
        counts[mode] = counts.get(mode, 0) + 1
        status, body, extra = 200, '{"count":1}', {}
        if mode == "e500":
            status, body = 500, "Internal failure"
        elif mode == "e400":
            status, body = 400, "Parse Error: [line: 1, col: 1] broken"
        elif mode == "flaky" and counts[mode] <= 2:
            status, body = 503, "Service Unavailable"
        elif mode == "e404":
            status, body = 404, "No such dataset"
        elif mode == "slow":
            time.sleep(60)
        elif mode == "auth" and auth == "-":
            status, body = 401, "Unauthorized"
            extra["WWW-Authenticate"] = 'Basic realm="polkg-test"'
        data = body.encode()
        self.send_response(status)
        for k, v in extra.items():
            self.send_header(k, v)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    do_PUT = do_POST = do_GET = do_DELETE = answer

    def log_message(self, *args):
        pass


ThreadingHTTPServer.daemon_threads = True  # a stalled answer never holds up the exit
server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
with open(sys.argv[1] + ".tmp", "w") as f:
    f.write(str(server.server_address[1]))
import os
os.replace(sys.argv[1] + ".tmp", sys.argv[1])
server.serve_forever()
