"""A real server (`workbench serve`, gunicorn) on a free port, and Debian's Chromium driven by Playwright."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

from workbench import store

BIN = Path(sys.executable).parent
# Flags that keep Chromium off the network it cannot reach here.
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


PASSWORD = "correct horse battery"
ACCOUNTS = {"Ana": [], "Ben": [], "Bo": ["--admin"]}
DATABASE = "e2e.db"


@pytest.fixture
def server(tmp_path):
    """The app with the demo article and the accounts Ana and Ben (reviewers) and Bo (admin)."""
    db = tmp_path / DATABASE
    subprocess.run([BIN / "workbench", "init", "--db", db], check=True, capture_output=True)
    for name, flags in ACCOUNTS.items():
        subprocess.run([BIN / "workbench", "user", "add", name, *flags, "--db", db], input=PASSWORD + "\n",
                       text=True, check=True, capture_output=True)
    yield from serve(tmp_path, db)


@pytest.fixture
def stored(server, tmp_path):
    """The server's database, opened as the store opens it: what a page did, as it was kept."""
    database = store.open_db(tmp_path / DATABASE)
    yield database
    database.close()


@pytest.fixture
def fresh_server(tmp_path):
    """The app as the first `make run` leaves it: the demo article and no account yet."""
    db = tmp_path / "fresh.db"
    subprocess.run([BIN / "workbench", "init", "--db", db], check=True, capture_output=True)
    yield from serve(tmp_path, db)


def serve(tmp_path, db):
    port = free_port()
    log = (tmp_path / "server.log").open("w")
    process = subprocess.Popen(
        [BIN / "workbench", "serve", "--db", db, "--port", str(port), "--workers", "1"],
        stdout=log, stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    for _ in range(100):  # the sign-in page answers without an account
        try:
            urllib.request.urlopen(f"{url}/login", timeout=1)
            break
        except OSError:
            time.sleep(0.1)
    else:
        process.kill()
        pytest.fail(f"server did not start: {(tmp_path / 'server.log').read_text()}")
    yield url
    process.terminate()
    process.wait(timeout=10)
    log.close()


@pytest.fixture(scope="session")
def browser():
    executable = shutil.which("chromium")
    if executable is None:
        pytest.fail("Debian's chromium is not installed: `make test` installs it (apt-get install chromium)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def new_page(browser):
    """A page in a browser context of its own (its own cookies), collecting every script error."""
    page = browser.new_context().new_page()
    page.errors = []
    page.on("console", lambda message: message.type == "error" and page.errors.append(message.text))
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    return page


def sign_in(page, server: str, name: str, password: str = PASSWORD):
    page.goto(f"{server}/login")
    page.fill("input[name=name]", name)
    page.fill("input[name=password]", password)
    page.click("main button[type=submit]")
    page.wait_for_selector("header .who")
    return page


@pytest.fixture
def signed_in(browser, server):
    """Pages signed in as the named reviewer, each in its own context, closed after the test."""
    pages = []

    def open_as(name: str):
        pages.append(sign_in(new_page(browser), server, name))
        return pages[-1]

    yield open_as
    for page in pages:
        page.context.close()


@pytest.fixture
def page(signed_in):
    return signed_in("Ana")
