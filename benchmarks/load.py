"""`make bench-load`: simulated reviewers against the production server (`workbench serve`).

Each reviewer is a thread with its own cookie jar that signs in, then browses, searches,
opens claims and saves verdicts in a seeded random mix until time is up. The issue's
targets are 0 errors, 0 "database is locked" and a p99 of at most 250 ms.

The client runs on the same machine as the server and takes CPU from it, so the figures
are a pessimistic bound for that machine. Every request opens a new connection
(urllib's way); on 127.0.0.1 that costs little next to rendering a page.

    python -m benchmarks.load [--seconds 60] [--users 20] [--db PATH] [--workers 2] [--think 0]
"""

from __future__ import annotations

import argparse
import html
import http.cookiejar
import os
import platform
import random
import re
import shutil
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from workbench import store

from .server import LOCKED, csrf_token, percentiles, serve, workbench

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
PASSWORD = "load test passphrase"
LABELS = ("accurate", "mostly-accurate", "misleading", "inaccurate", "unverifiable")
# How often each action is picked: reviewers mostly read, and save about one action in seven.
WEIGHTS = {"browse": 20, "article": 20, "widget": 10, "save": 15, "search": 15, "queue": 10, "next": 10}
TARGET_P99_MS = 250.0
REQUEST_TIMEOUT = 30

TAG = re.compile(r"<(a|link|li|input)\s([^>]*)>", re.I)
ANCHOR = re.compile(r"<a\s([^>]*)>(.*?)</a>", re.I | re.S)
ATTRIBUTE = re.compile(r"""([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
ARTICLE_PATH = re.compile(r"/articles/(\d+)$")
NEXT_TEXT = re.compile(r"\b(next|older|earlier|more)\b", re.I)
WORD = re.compile(r"[A-Za-z]{4,}")


# ---------------------------------------------------------------- what the pages say

def attributes(text: str) -> dict[str, str]:
    return {m[1].lower(): html.unescape(m[2] if m[2] is not None else m[3]) for m in ATTRIBUTE.finditer(text)}


def article_links(page: str) -> dict[int, str]:
    """Article ids and titles from the links on a page (the list, search results)."""
    found = {}
    for match in ANCHOR.finditer(page):
        path = urllib.parse.urlsplit(attributes(match[1]).get("href", "")).path
        if number := ARTICLE_PATH.match(path):
            found[int(number[1])] = html.unescape(re.sub(r"<[^>]+>", "", match[2])).strip()
    return found


def next_page_link(page: str) -> str | None:
    """The list's link to its next page: one marked rel=next, or one back to the list with a
    query whose text says next, older or more. None while the list has a single page."""
    for match in ANCHOR.finditer(page):
        attrs = attributes(match[1])
        href = attrs.get("href", "")
        parts = urllib.parse.urlsplit(href)
        if "next" in attrs.get("rel", "").split():
            return href
        if parts.path == "/" and parts.query and NEXT_TEXT.search(match[2]):
            return href
    for match in TAG.finditer(page):
        attrs = attributes(match[2])
        if match[1].lower() == "link" and "next" in attrs.get("rel", "").split():
            return attrs.get("href")
    return None


def claim_versions(page: str) -> dict[int, int]:
    """Each live claim's id (`li.claim-item#c<id>`) and the base_version its verdict form
    would send. The form comes after its `li` in the page, so one pass in document order
    pairs them. A removed claim is left out: no reviewer judges a figure taken back."""
    versions: dict[int, int] = {}
    current: int | None = None
    for match in TAG.finditer(page):
        tag, attrs = match[1].lower(), attributes(match[2])
        classes = attrs.get("class", "").split()
        if tag == "li" and "claim-item" in classes:
            number = re.fullmatch(r"c(\d+)", attrs.get("id", ""))
            current = int(number[1]) if number and "removed" not in classes else None
        elif tag == "input" and attrs.get("name") == "base_version" and current is not None:
            versions.setdefault(current, int(attrs.get("value", "0")))
    return versions


def widget_version(page: str) -> int | None:
    """The base_version in one verdict widget: the version of its newest verdict, 0 for none."""
    for match in TAG.finditer(page):
        attrs = attributes(match[2])
        if match[1].lower() == "input" and attrs.get("name") == "base_version":
            return int(attrs.get("value", "0"))
    return None


def gist(body: str, limit: int = 160) -> str:
    """A response's text without markup, short enough for a line of the report."""
    text = re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", body))).strip()
    return text[:limit]


# ---------------------------------------------------------------- results

@dataclass(frozen=True)
class LoadError:
    action: str
    status: int  # 0 when no answer came: an exception
    message: str


@dataclass(frozen=True)
class SavedVerdict:
    """A save the server acknowledged with 200: the version it must now hold, and by whom."""
    claim_id: int
    version: int
    reviewer: str
    rationale: str


@dataclass
class Tally:
    """What one reviewer saw; each thread fills its own, merged once all have stopped."""
    latencies: dict[str, list[float]] = field(default_factory=dict)
    errors: list[LoadError] = field(default_factory=list)
    conflicts: int = 0
    locked: int = 0
    saved: list[SavedVerdict] = field(default_factory=list)


@dataclass
class LoadResult:
    """All reviewers' tallies. `seconds` is the measured span, from the moment every reviewer
    had signed in to the last answer; signing in (a deliberately slow scrypt hash) is the
    `login` action, kept out of `overall` and of requests per second."""
    users: int
    seconds: float
    latencies: dict[str, list[float]]
    errors: list[LoadError]
    conflicts: int
    locked: int
    saved: list[SavedVerdict]

    @property
    def counts(self) -> dict[str, int]:
        return {action: len(samples) for action, samples in self.latencies.items()}

    @property
    def overall(self) -> list[float]:
        return [ms for action, samples in self.latencies.items() if action != "login" for ms in samples]

    @property
    def requests(self) -> int:
        return len(self.overall)

    def percentiles(self, action: str | None = None) -> tuple[float, float, float]:
        """p50, p95, p99 in ms of one action, or overall when None."""
        return percentiles(self.overall if action is None else self.latencies.get(action, []))


def merge(tallies: list[Tally], seconds: float) -> LoadResult:
    latencies: dict[str, list[float]] = {}
    for tally in tallies:
        for action, samples in tally.latencies.items():
            latencies.setdefault(action, []).extend(samples)
    return LoadResult(
        users=len(tallies), seconds=seconds, latencies=latencies,
        errors=[e for t in tallies for e in t.errors], conflicts=sum(t.conflicts for t in tallies),
        locked=sum(t.locked for t in tallies), saved=[s for t in tallies for s in t.saved],
    )


# ---------------------------------------------------------------- one simulated reviewer

class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """Redirects are answers to check (sign-in's 303, the next claim's 303), not to follow."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


@dataclass
class Answer:
    status: int
    body: str
    location: str


class Clock:
    """Starts when every reviewer has signed in (a barrier's action), so the measured span
    is the same for all and holds no sign-ins."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.started = self.deadline = 0.0

    def start(self) -> None:
        self.started = time.perf_counter()
        self.deadline = self.started + self.seconds


class Reviewer:
    """One reviewer: a cookie jar, a seeded random stream, what it has seen of the site
    (articles, claims and their versions, the list's next page), and its own tally."""

    def __init__(self, base_url: str, name: str, password: str, seed: int, think: float) -> None:
        self.base_url, self.name, self.password, self.think = base_url, name, password, think
        self.rng = random.Random(seed)
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), _NoRedirect)
        self.tally = Tally()
        self.articles: dict[int, str] = {}
        self.versions: dict[int, int] = {}
        self.next_page: str | None = None
        self.token = ""  # the session's CSRF token, as the last page gave it
        self.saves = 0

    def request(self, action: str, path: str, form: dict | None = None, expect: tuple[int, ...] = (200,),
                headers: dict | None = None) -> Answer | None:
        """Time one request and file it; None, once the reason is recorded, when it failed."""
        data = urllib.parse.urlencode(form).encode() if form is not None else None
        sent = {**(headers or {}), **({"X-CSRFToken": self.token} if data is not None and self.token else {})}
        req = urllib.request.Request(urllib.parse.urljoin(self.base_url, path), data=data, headers=sent)
        start = time.perf_counter()
        try:
            try:
                response = self.opener.open(req, timeout=REQUEST_TIMEOUT)
            except urllib.error.HTTPError as refusal:  # 3xx and 4xx/5xx alike: an answer all the same
                response = refusal
            with response:
                answer = Answer(response.status, response.read().decode("utf-8", "replace"),
                                response.headers.get("Location", ""))
        except Exception as error:  # any failure to get an answer is the error counted
            self.tally.latencies.setdefault(action, []).append((time.perf_counter() - start) * 1000)
            self.fail(action, 0, f"{type(error).__name__}: {error}")
            return None
        self.tally.latencies.setdefault(action, []).append((time.perf_counter() - start) * 1000)
        self.token = csrf_token(answer.body) or self.token
        if LOCKED in answer.body:
            self.fail(action, answer.status, f"{LOCKED}: {path}")
            return None
        if answer.status not in expect:
            self.fail(action, answer.status, f"{path}: {gist(answer.body)}")
            return None
        return answer

    def fail(self, action: str, status: int, message: str) -> None:
        self.tally.locked += LOCKED in message
        self.tally.errors.append(LoadError(action, status, message))

    def sign_in(self) -> bool:
        """As a browser does: the sign-in page gives the form's token, the first page after it
        the session's new one."""
        if self.request("login", "/login") is None:
            return False
        answer = self.request("login", "/login", {"name": self.name, "password": self.password}, expect=(303,))
        if answer is not None and self.request("browse", "/") is None:
            return False
        if answer is not None and not any(cookie.name == "session" for cookie in self.jar):
            self.fail("login", answer.status, "signed in but no session cookie was set")
            return False
        return answer is not None

    def run(self, barrier: threading.Barrier, clock: Clock) -> None:
        signed_in = self.sign_in()
        barrier.wait()
        if not signed_in:
            return
        actions, weights = list(WEIGHTS), list(WEIGHTS.values())
        while time.perf_counter() < clock.deadline:
            action = self.rng.choices(actions, weights)[0]
            try:
                getattr(self, "do_" + action)()
            except Exception as error:  # a page the client cannot read is an error too
                self.fail(action, 0, f"client: {type(error).__name__}: {error}")
            if self.think:
                time.sleep(self.rng.uniform(0, 2 * self.think))

    # Each action falls back on browsing while the reviewer has yet to see what it needs.

    def do_browse(self) -> None:
        """Page 1, or the next page when the last list page linked one (half the time)."""
        later = self.next_page is not None and self.rng.random() < 0.5
        answer = self.request("browse-later" if later else "browse", self.next_page if later else "/")
        if answer is not None:
            self.articles.update(article_links(answer.body))
            self.next_page = next_page_link(answer.body)

    def do_article(self, article_id: int | None = None) -> None:
        if article_id is None and not self.articles:
            return self.do_browse()
        article_id = article_id if article_id is not None else self.rng.choice(list(self.articles))
        answer = self.request("article", f"/articles/{article_id}")
        if answer is not None:
            self.versions.update(claim_versions(answer.body))

    def do_widget(self) -> None:
        if not self.versions:
            return self.do_article()
        claim_id = self.rng.choice(list(self.versions))
        answer = self.request("widget", f"/claims/{claim_id}/verdict", headers={"HX-Request": "true"})
        if answer is not None and (version := widget_version(answer.body)) is not None:
            self.versions[claim_id] = version

    def do_save(self) -> None:
        """Save with the version last seen, as a reviewer does who had the page open: another
        reviewer's save in between is a 409, merged once (retried with the newer version)."""
        if not self.versions:
            return self.do_article()
        claim_id = self.rng.choice(list(self.versions))
        self.saves += 1
        form = {
            "label": self.rng.choice(LABELS),
            "rationale": f"{self.name}, save {self.saves}: checked against the source.",
            "sources": self.rng.choice(("", f"https://example.org/{self.name}/{self.saves}")),
        }
        for _attempt in range(2):
            base = self.versions[claim_id]
            answer = self.request("save", f"/claims/{claim_id}/verdict", form | {"base_version": str(base)},
                                  expect=(200, 409), headers={"HX-Request": "true"})
            if answer is None:
                return
            if answer.status == 200:
                self.acknowledged(claim_id, base + 1, form["rationale"], answer.body)
                return
            self.tally.conflicts += 1
            newer = widget_version(answer.body)
            self.versions[claim_id] = base if newer is None else newer

    def acknowledged(self, claim_id: int, version: int, rationale: str, body: str) -> None:
        """A 200 appended version base + 1 (the store's promise), whatever newer one the
        widget may already show."""
        if "Saved." not in body:
            self.fail("save", 200, f"/claims/{claim_id}/verdict answered 200 without 'Saved.': {gist(body)}")
            return
        self.versions[claim_id] = version
        self.tally.saved.append(SavedVerdict(claim_id, version, self.name, rationale))

    def do_search(self) -> None:
        words = [w for title in self.articles.values() for w in WORD.findall(title)]
        if not words:
            return self.do_browse()
        answer = self.request("search", "/search?" + urllib.parse.urlencode({"q": self.rng.choice(words)}))
        if answer is not None:
            self.articles.update(article_links(answer.body))

    def do_queue(self) -> None:
        self.request("queue", "/queue")

    def do_next(self) -> None:
        """The next claim to review: a 303 to its article, opened once; a 200 when none is left."""
        answer = self.request("next", "/queue/next", expect=(200, 303))
        if answer is not None and answer.status == 303:
            path = urllib.parse.urlsplit(answer.location).path
            if number := ARTICLE_PATH.match(path):
                self.do_article(int(number[1]))


def run_load(base_url: str, users: list[tuple[str, str]], seconds: float, seed: int, think: float = 0.0) -> LoadResult:
    """Every (name, password) signs in at once, then acts for `seconds`; `think` is the mean
    pause between a reviewer's actions (0: none, the harshest reading of N reviewers)."""
    clock = Clock(seconds)
    barrier = threading.Barrier(len(users), action=clock.start)
    reviewers = [Reviewer(base_url, name, password, seed * 1000 + n, think) for n, (name, password) in enumerate(users)]
    threads = [threading.Thread(target=r.run, args=(barrier, clock), name=r.name) for r in reviewers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return merge([r.tally for r in reviewers], time.perf_counter() - clock.started)


# ---------------------------------------------------------------- a real server on a fresh database

def init_db(db: Path, corpus: Path | None = None) -> None:
    """The demo article, and the corpus file when given and present."""
    workbench("init", "--db", db)
    if corpus is not None and corpus.exists():
        workbench("import", "--db", db, corpus)


def add_reviewers(db: Path, count: int, password: str = PASSWORD) -> list[tuple[str, str]]:
    """reviewer01..NN, the first an admin (whose pages also list the accounts). Each
    `workbench user add` is a process of its own, so they run a core each."""
    names = [f"reviewer{n:02}" for n in range(1, count + 1)]

    def add(name: str) -> None:
        workbench("user", "add", name, *(["--admin"] if name == names[0] else []), "--db", db, stdin=password + "\n")

    with ThreadPoolExecutor(os.cpu_count() or 1) as pool:
        list(pool.map(add, names))
    return [(name, password) for name in names]


# ---------------------------------------------------------------- the report

def print_report(result: LoadResult, logged_locks: int, think: float) -> None:
    print(f"load: {result.users} reviewers, {result.seconds:.1f} s measured after signing in, "
          f"{'no pause between actions' if not think else f'{think} s mean pause between actions'}")
    print(f"requests {result.requests}, {result.requests / result.seconds:.1f}/s, errors {len(result.errors)}, "
          f"conflicts (409) {result.conflicts}, verdicts saved {len(result.saved)}, "
          f"'{LOCKED}' {result.locked} in answers + {logged_locks} in the server log")
    print(f"{'action':28} {'count':>7} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8}")
    rows = [(a, a) for a in sorted(result.latencies) if a != "login"] + [("overall", None)]
    rows += [("login (scrypt; not overall)", "login")] if "login" in result.latencies else []
    for label, action in rows:
        samples = result.overall if action is None else result.latencies[action]
        p50, p95, p99 = percentiles(samples)
        print(f"{label:28} {len(samples):7} {p50:8.1f} {p95:8.1f} {p99:8.1f}")
    for error in result.errors[:10]:
        print(f"  error: {error.action} {error.status or 'no answer'}: {error.message}")
    if len(result.errors) > 10:
        print(f"  ... and {len(result.errors) - 10} more errors")
    p99 = result.percentiles()[2]
    targets = {
        "0 errors": not result.errors,
        f"0 '{LOCKED}'": result.locked + logged_locks == 0,
        f"p99 <= {TARGET_P99_MS:.0f} ms (overall {p99:.1f} ms)": p99 <= TARGET_P99_MS,
    }
    print("targets: " + "; ".join(f"{name}: {'met' if held else 'NOT MET'}" for name, held in targets.items()))
    failed = [name for name, held in targets.items() if not held]
    print(f"FAILED targets: {', '.join(failed)}" if failed else "all targets met")


def prepare(folder: Path, source: Path | None) -> tuple[Path, str]:
    """A database the run may write to: a fresh one (demo + BBC corpus when present), or a
    copy of `source`, so the accounts and verdicts of the run never land in it."""
    db = folder / "load.db"
    if source is not None:
        workbench("backup", "--db", source, db)
        return db, f"a copy of {source}"
    bbc = CORPUS / "bbc" / "articles.jsonl"
    init_db(db, bbc)
    return db, "fresh: the demo article" + (f" and {bbc}" if bbc.exists() else f" only ({bbc} is absent)")


def database_size(db: Path) -> str:
    database = store.open_db(db)
    try:
        articles, claims = (database.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("articles", "claims"))
    finally:
        database.close()
    return f"{articles} articles, {claims} figures"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.load", description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--users", type=int, default=20)
    parser.add_argument("--db", type=Path, help="an existing database to copy and load (default: a fresh one)")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers, 4 threads each (default 2)")
    parser.add_argument("--think", type=float, default=0.0, help="mean seconds between a reviewer's actions")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)

    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.platform()}")
    folder = Path(tempfile.mkdtemp(prefix="workbench-load-"))
    try:
        db, origin = prepare(folder, args.db)
        print(f"database: {database_size(db)} ({origin})")
        users = add_reviewers(db, args.users)
        with serve(db, folder, args.workers) as server:
            print(f"server: workbench serve --workers {args.workers} (4 threads each) at {server.url}")
            result = run_load(server.url, users, args.seconds, args.seed, args.think)
        print_report(result, server.locked_in_log(), args.think)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
