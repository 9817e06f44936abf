"""Memory under oversized chunked uploads: N clients send SIZE bytes each, in chunks (no Content-Length), to an upload
route of a running Passerelle at once; prints the answers, the time taken and the growth of the server's resident
memory (VmRSS of its process PID, polled every 50 ms).
  python3 bench/chunked-uploads.py HOST PORT PATH TOKEN N SIZE PID
  e.g. python3 bench/chunked-uploads.py localhost 18480 \\
         /api/v1/orgs/alphalia/mission/measurements/<id>/evidence "$TOKEN" 40 30000000 <pid of the dev JVM>
"""
import os
import re
import socket
import sys
import threading
import time

host, port, path, token = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
clients, size, pid = int(sys.argv[5]), int(sys.argv[6]), sys.argv[7]


def rss_mib():
    with open(f"/proc/{pid}/status") as status:
        return int(re.search(r"VmRSS:\s+(\d+)", status.read()).group(1)) // 1024


def upload(answers):
    s = socket.create_connection((host, port))
    s.sendall((f"PUT {path} HTTP/1.1\r\nHost: {host}\r\nAuthorization: Bearer {token}\r\n"
               "Content-Type: application/pdf\r\nTransfer-Encoding: chunked\r\n\r\n").encode())
    chunk = os.urandom(65536)
    framed = b"%x\r\n" % len(chunk) + chunk + b"\r\n"
    try:
        for _ in range(size // len(chunk)):
            s.sendall(framed)
        s.sendall(b"0\r\n\r\n")
    except OSError:
        pass  # the server stopped reading
    try:
        s.settimeout(120)
        head = s.recv(200).decode("latin1")
        answers.append(head.split(" ")[1] if head else "closed")
    except OSError as e:
        answers.append(type(e).__name__)
    s.close()


base = peak = rss_mib()
running = True


def watch():
    global peak
    while running:
        peak = max(peak, rss_mib())
        time.sleep(0.05)


watcher = threading.Thread(target=watch)
watcher.start()
answers = []
started = time.time()
threads = [threading.Thread(target=upload, args=(answers,)) for _ in range(clients)]
for t in threads:
    t.start()
for t in threads:
    t.join()
running = False
watcher.join()
print(f"{clients} x {size / 1e6:g} MB chunked: {time.time() - started:.1f} s, answers "
      f"{ {a: answers.count(a) for a in sorted(set(answers))} }, server RSS {base} -> peak {peak} MiB (+{peak - base})")
