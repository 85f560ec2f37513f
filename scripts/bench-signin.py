#!/usr/bin/env python3
"""Health-check latency while 8 clients sign in at once, on a release build (issue 12).

Usage: scripts/bench-signin.py .build/release/tribunal [--seconds 10]

Starts the server on a fresh database (no demo data) on a free loopback port, adds one account
with the production Bcrypt cost (12) through the command line, then measures GET /api/v1/health
one request at a time in three phases of --seconds each:
  idle         nothing else runs;
  right        8 threads sign in with the right password without pause (each a Bcrypt check);
  wrong        8 threads send wrong passwords for unknown and known names without pause (the
               throttle answers most of them 429 without hashing).
Prints p50/p95/p99/max of the health checks and what the sign-ins were answered, per phase.
Every loop is bounded in time and sends only to 127.0.0.1.
"""
import argparse
import json
import os
import socket
import statistics
import subprocess
import tempfile
import threading
import time
import urllib.error
import urllib.request

PASSWORD = "a long benchmark password"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def sign_in(base, username, password):
    body = json.dumps({"username": username, "password": password}).encode()
    request = urllib.request.Request(base + "/api/v1/auth/token", data=body, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def phase(base, seconds, worker):
    stop = time.time() + seconds
    answers = {}
    lock = threading.Lock()

    def loop(index):
        n = 0
        while time.time() < stop:
            status = worker(index, n)
            n += 1
            with lock:
                answers[status] = answers.get(status, 0) + 1

    threads = [threading.Thread(target=loop, args=(i,)) for i in range(8)] if worker else []
    for thread in threads:
        thread.start()
    time.sleep(0.5 if worker else 0)
    latencies = []
    while time.time() < stop:
        started = time.perf_counter()
        with urllib.request.urlopen(base + "/api/v1/health", timeout=30) as response:
            response.read()
        latencies.append((time.perf_counter() - started) * 1000)
        time.sleep(0.02)
    for thread in threads:
        thread.join()
    return latencies, answers


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("--seconds", type=float, default=10)
    args = parser.parse_args()
    workdir = tempfile.mkdtemp(prefix="tribunal-bench-signin-")
    database = os.path.join(workdir, "bench.sqlite")
    subprocess.run([args.binary, "user", "add", "--username", "bench.judge", "--role", "judge", "--database", database],
                   input=PASSWORD + "\n", text=True, check=True, capture_output=True)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen([args.binary, "serve", "--database", database, "--port", str(port), "--no-demo"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.time() + 60
        while True:
            try:
                urllib.request.urlopen(base + "/api/v1/health", timeout=1).read()
                break
            except Exception:
                if time.time() > deadline:
                    raise
                time.sleep(0.2)
        phases = [
            ("idle", None),
            ("right", lambda i, n: sign_in(base, "bench.judge", PASSWORD)),
            ("wrong", lambda i, n: sign_in(base, "bench.judge" if n % 2 else f"nobody{i}.{n}", "wrong password")),
        ]
        for name, worker in phases:
            latencies, answers = phase(base, args.seconds, worker)
            print(f"{name:6} health p50 {statistics.median(latencies):7.2f} ms  p95 {percentile(latencies, 95):7.2f} ms  "
                  f"p99 {percentile(latencies, 99):7.2f} ms  max {max(latencies):7.2f} ms  ({len(latencies)} checks)  "
                  f"sign-ins answered {dict(sorted(answers.items()))}")
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
