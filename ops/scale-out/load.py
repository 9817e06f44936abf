#!/usr/bin/env python3
"""Write and read load for ops/scale-out-test.sh, through the load balancer, with one instance killed (kill -9) in
the middle; then the checks. Usage: load.py CONFIG.json. Prints one line per check and exits 1 if one fails."""
import collections
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request

cfg = json.load(open(sys.argv[1]))
lock = threading.Lock()
writes, reads = [], []  # (started, ended, status, detail)
stop = threading.Event()


def call(method, url, token, body=None):
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(url, data=data, method=method, headers={
        "Authorization": "Bearer " + token, "Content-Type": "application/json", "Accept": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=30) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()
    except Exception as e:  # connection reset, refused, timeout: the client saw no answer
        return 0, str(e).encode()


def writer(n):
    i = 0
    while not stop.is_set():
        i += 1
        title = "scale-out %d-%d" % (n, i)
        started = time.time()
        status, body = call("POST", cfg["api"] + "/api/v1/orgs/%s/tickets" % cfg["org"], cfg["requester_token"],
                            {"title": title, "description": "Charge d'écriture", "categoryId": cfg["category"]})
        detail = json.loads(body)["id"] if status == 201 else body[:200].decode(errors="replace")
        with lock:
            writes.append((started, time.time(), status, title, detail))


def reader(n):
    paths = ["/api/v1/orgs/%s/ticketing/statistics" % cfg["org"], "/api/v1/orgs/%s/training/statistics" % cfg["org"]]
    i = 0
    while not stop.is_set():
        i += 1
        started = time.time()
        status, body = call("GET", cfg["api"] + paths[i % 2], cfg["admin_token"])
        with lock:
            reads.append((started, time.time(), status, paths[i % 2], body[:200].decode(errors="replace")))
        time.sleep(0.05)


def metric(port, name, labels):
    try:
        text = urllib.request.urlopen("http://127.0.0.1:%d/q/metrics" % port, timeout=5).read().decode()
    except Exception:
        return None
    for line in text.splitlines():
        if line.startswith(name + "{") and all('%s="%s"' % kv in line for kv in labels.items()):
            return float(line.rsplit(" ", 1)[1])
    return 0.0


def psql(port, sql):
    out = subprocess.run([cfg["psql"], "-h", "127.0.0.1", "-p", str(port), "-U", "passerelle", "-d", "passerelle",
                          "-At", "-c", sql], capture_output=True, text=True, check=True).stdout
    return [line for line in out.splitlines() if line]


results = []


def check(ok, what):
    results.append(ok)
    print("%s  %s" % ("PASS" if ok else "FAIL", what), flush=True)


threads = [threading.Thread(target=writer, args=(n,)) for n in range(cfg["writers"])]
threads += [threading.Thread(target=reader, args=(n,)) for n in range(cfg["readers"])]
replica_reads_before = psql(cfg["replica_port"], "select tup_returned from pg_stat_database where datname = 'passerelle'")
begin = time.time()
for t in threads:
    t.start()
time.sleep(cfg["kill_after"])
victim_replica_reads = metric(cfg["victim_management"], "passerelle_reads_total", {"source": "replica"})
killed_at = time.time()
os.kill(cfg["victim_pid"], signal.SIGKILL)
# The kernel goes on accepting connections on the dead JVM's port until its process is torn down: requests started
# meanwhile are routed to it, and are as much in flight at the kill as those it was processing.
while True:
    try:
        socket.create_connection(("127.0.0.1", cfg["victim_http"]), timeout=1).close()
        time.sleep(0.01)
    except OSError:
        break
dead_at = time.time()
print("kill -9 instance A (pid %d) at t+%.2fs; its port refused connections from t+%.2fs"
      % (cfg["victim_pid"], killed_at - begin, dead_at - begin), flush=True)
time.sleep(cfg["run_after_kill"])
stop.set()
for t in threads:
    t.join()
end = time.time()

# --- Clients: only requests in flight at the kill may have failed --------------------------------------------------
for kind, log in (("writes", writes), ("reads", reads)):
    by_status = collections.Counter(s for _, _, s, *_ in log)
    failed = [r for r in log if not (200 <= r[2] < 300)]
    in_flight = [r for r in log if r[0] <= dead_at and r[1] >= killed_at]
    outside = [r for r in failed if r not in in_flight]
    print("%s: %d in %.0fs (%.1f/s), statuses %s; %d in flight at the kill (open between the kill and the port's"
          " closing), %d failed"
          % (kind, len(log), end - begin, len(log) / (end - begin), dict(by_status), len(in_flight), len(failed)))
    for r in failed:
        print("   failed: status %s, started t+%.2fs, ended t+%.2fs: %s" % (r[2], r[0] - begin, r[1] - begin,
                                                                        " ".join(r[4].split())[:90]))
    check(not outside, "%s: no request failed but those in flight at the kill (%d others failed)" % (kind, len(outside)))
    clients = cfg["writers" if kind == "writes" else "readers"]
    check(len(failed) <= clients, "%s: at most one failure per client, each having one request at a time"
          " (%d failed, %d clients)" % (kind, len(failed), clients))
check(len([w for w in writes if w[0] > killed_at and w[2] == 201]) > 0, "writes went on after the kill (instance B)")

# --- Acknowledged writes are all in the database, and nothing twice ------------------------------------------------
acknowledged = {w[4] for w in writes if w[2] == 201}
stored = dict(tuple(line.split("|", 1)) for line in psql(cfg["primary_port"],
              "select t.id, t.title from tickets t join organisations o on o.id = t.org_id where o.slug = '%s'"
              " and t.title like 'scale-out %%'" % cfg["org"]))
check(acknowledged <= set(stored), "every acknowledged write (%d tickets answered 201) is in the database (%d missing)"
      % (len(acknowledged), len(acknowledged - set(stored))))
titles = collections.Counter(stored.values())
check(all(n == 1 for n in titles.values()), "no ticket stored twice (%d stored; %d of them were not acknowledged:"
      " committed while their answer was lost in the kill)" % (len(stored), len(set(stored) - acknowledged)))

# --- Webhooks: every ticket.created delivered exactly once --------------------------------------------------------
pending_sql = ("select count(*) filter (where d.status = 'PENDING'), count(*) filter (where d.status = 'DELIVERED'),"
               " count(*) from webhook_deliveries d where d.subscription_id = '%s'" % cfg["subscription"])
deadline = time.time() + cfg["drain_timeout"]
while True:
    pending, delivered, total = map(int, psql(cfg["primary_port"], pending_sql)[0].split("|"))
    if pending == 0 or time.time() > deadline:
        break
    time.sleep(2)
print("webhook deliveries: %d delivered, %d pending, %d in all (waited %.0fs after the load)"
      % (delivered, pending, total, time.time() - end))
received = collections.Counter(line.strip() for line in open(cfg["receiver_log"]) if line.strip())
events = set(psql(cfg["primary_port"], "select cast(event_id as text) from webhook_deliveries where subscription_id = '%s'"
                  % cfg["subscription"]))
check(pending == 0 and delivered == total, "every delivery was delivered (%d pending)" % pending)
check(total >= len(stored), "one delivery per stored ticket at least (%d deliveries, %d tickets)" % (total, len(stored)))
check(set(received) == events, "the receiver got exactly the events of the deliveries (%d received, %d expected)"
      % (len(received), len(events)))
twice = {k: n for k, n in received.items() if n > 1}
check(not twice, "each webhook delivery arrived exactly once (by webhook-id; %d arrived more than once: %s)"
      % (len(twice), list(twice.items())[:5]))

# --- Statistics from the replica -----------------------------------------------------------------------------------
survivor = metric(cfg["survivor_management"], "passerelle_reads_total", {"source": "replica"})
survivor_primary = metric(cfg["survivor_management"], "passerelle_reads_total", {"source": "primary"})
replica_reads_after = psql(cfg["replica_port"], "select tup_returned from pg_stat_database where datname = 'passerelle'")
print("passerelle_reads_total{source=\"replica\"}: instance A %s (just before the kill), instance B %s"
      " (primary: %s); replica's tup_returned %s -> %s" % (victim_replica_reads, survivor, survivor_primary,
                                                            replica_reads_before[0], replica_reads_after[0]))
ok_reads = len([r for r in reads if r[2] == 200])
check((victim_replica_reads or 0) > 0 and (survivor or 0) > 0,
      "statistics were served from the replica by both instances (%d statistics answered 200)" % ok_reads)
check(int(replica_reads_after[0]) > int(replica_reads_before[0]), "the replica's PostgreSQL returned rows meanwhile")
print("RESULT: %s (%d/%d checks passed)" % ("PASS" if all(results) else "FAIL", sum(results), len(results)))
sys.exit(0 if all(results) else 1)
