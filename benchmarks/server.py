"""The production server (`workbench serve`, gunicorn) on 127.0.0.1, for the benchmarks that
measure it from outside: starting it on a fresh port, running `workbench` commands, a
keep-alive client, and the percentiles they all report."""

from __future__ import annotations

import http.client
import os
import re
import socket
import statistics
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

BIN = Path(sys.executable).parent
LOCKED = "database is locked"
# The session's CSRF token, as a page carries it in its head or a form in a hidden field.
TOKEN = re.compile(r'name="csrf[-_]token" (?:content|value)="([^"]+)"')


def csrf_token(page: str) -> str | None:
    found = TOKEN.search(page)
    return found.group(1) if found else None


def percentiles(samples: list[float]) -> tuple[float, float, float]:
    """p50, p95 and p99 by `statistics.quantiles(samples, n=100, method="inclusive")`, which
    interpolates between the sorted samples; one sample is its own every percentile."""
    if len(samples) < 2:
        return (samples[0],) * 3 if samples else (float("nan"),) * 3
    cuts = statistics.quantiles(samples, n=100, method="inclusive")
    return cuts[49], cuts[94], cuts[98]


def workbench(*args: str | Path, stdin: str | None = None) -> str:
    """Run one `workbench` command; its stderr becomes the error when it fails."""
    done = subprocess.run([BIN / "workbench", *map(str, args)], input=stdin, text=True, capture_output=True)
    if done.returncode:
        raise RuntimeError(f"workbench {' '.join(map(str, args))} failed: {done.stderr.strip() or done.stdout.strip()}")
    return done.stdout.strip()


def measured(*args: str | Path) -> tuple[float, float]:
    """Run one `workbench` command; its wall seconds and its own peak resident memory in MB
    (wait4 reports the rusage of that child alone, whatever ran before it)."""
    start = time.perf_counter()
    process = subprocess.Popen([BIN / "workbench", *map(str, args)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    if status:
        raise RuntimeError(f"workbench {' '.join(map(str, args))} failed: {process.stderr.read().decode()[-2000:]}")
    return seconds, usage.ru_maxrss / 1024


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Server:
    url: str
    log: Path

    def locked_in_log(self) -> int:
        """'database is locked' in the server's own output: a 500's traceback lands here, not in its page."""
        return self.log.read_text(encoding="utf-8", errors="replace").count(LOCKED)


@contextmanager
def serve(db: Path, folder: Path, workers: int = 2) -> Iterator[Server]:
    """`workbench serve` (gunicorn) on a free port of 127.0.0.1, stopped on leaving."""
    port, log = free_port(), folder / "server.log"
    with log.open("w") as out:
        process = subprocess.Popen(
            [BIN / "workbench", "serve", "--db", db, "--host", "127.0.0.1", "--port", str(port), "--workers", str(workers)],
            stdout=out, stderr=subprocess.STDOUT,
        )
        server = Server(f"http://127.0.0.1:{port}", log)
        try:
            wait_for(server, process)
            yield server
        finally:
            process.terminate()
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def wait_for(server: Server, process: subprocess.Popen, seconds: float = 60) -> None:
    """Until the sign-in page answers (it needs no account)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and process.poll() is None:
        try:
            with urllib.request.urlopen(f"{server.url}/login", timeout=1):
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"the server did not start: {server.log.read_text(errors='replace')[-2000:]}")


class Client:
    """One keep-alive connection with a session cookie, for timing one page after another
    without the cost of a new connection each time."""

    def __init__(self, base_url: str) -> None:
        parsed = urllib.parse.urlsplit(base_url)
        self.connection = http.client.HTTPConnection(parsed.hostname, parsed.port, timeout=120)
        self.cookie = ""
        self.token = ""

    def request(self, method: str, path: str, form: dict | None = None, headers: dict | None = None) -> tuple[int, bytes]:
        body = urllib.parse.urlencode(form).encode() if form is not None else None
        sent = {"Cookie": self.cookie, **(headers or {})}
        if body is not None:
            sent["Content-Type"] = "application/x-www-form-urlencoded"
            sent["X-CSRFToken"] = self.token
        self.connection.request(method, path, body=body, headers=sent)
        response = self.connection.getresponse()
        data = response.read()
        if cookie := response.getheader("Set-Cookie"):
            self.cookie = cookie.split(";", 1)[0]
        self.token = csrf_token(data.decode("utf-8", "replace")) or self.token
        return response.status, data

    def sign_in(self, name: str, password: str) -> None:
        """As a browser does: the sign-in page gives the form's token, the first page after it the session's new one."""
        self.request("GET", "/login")
        status, _ = self.request("POST", "/login", {"name": name, "password": password})
        if status != 303:
            raise RuntimeError(f"signing in as {name} gave {status}")
        self.request("GET", "/")
