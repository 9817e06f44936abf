#!/usr/bin/env python3
"""A partner's webhook endpoint for ops/scale-out-test.sh: answers 204 and appends each delivery's webhook-id
(one line per arrival, duplicates included) to the file given, so that the script can count arrivals per id."""
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

port, log = int(sys.argv[1]), sys.argv[2]


class Receiver(BaseHTTPRequestHandler):
    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        with open(log, "a") as f:
            f.write(self.headers.get("webhook-id", "missing") + "\n")
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args):
        pass


ThreadingHTTPServer(("127.0.0.1", port), Receiver).serve_forever()
