"""The guard in tests/offline.py, which every test runs under: it must refuse the network and
leave loopback alone, or the suite could come to depend on a server elsewhere unnoticed."""

from __future__ import annotations

import socket
import threading
import urllib.request
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest

from .offline import NetworkRefused


@pytest.mark.parametrize("url", ["https://pypi.org/pypi/flask/json", "http://93.184.215.14/", "http://[2606:4700::1111]/"])
def test_a_test_cannot_reach_another_machine(url):
    with pytest.raises(OSError, match="never reach the network"):  # urllib wraps it in URLError
        urllib.request.urlopen(url, timeout=5)


def test_a_raw_socket_cannot_either():
    with socket.socket() as sock, pytest.raises(NetworkRefused):
        sock.connect(("10.0.0.1", 80))


def test_loopback_still_works():
    class Hello(BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b"here")

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", 0), Hello)
    threading.Thread(target=server.handle_request, daemon=True).start()
    try:
        for host in ("127.0.0.1", "localhost"):
            if host == "localhost":
                threading.Thread(target=server.handle_request, daemon=True).start()
            with urllib.request.urlopen(f"http://{host}:{server.server_port}/", timeout=5) as answer:
                assert answer.read() == b"here"
    finally:
        server.server_close()
