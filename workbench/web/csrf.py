"""Cross-site request forgery: every state-changing request from a browser carries the
session's token (Flask-WTF), and one that a browser marks as sent from another site is
refused before that.

Forms carry the token as a hidden field; htmx sends it in a header from the page's
<body hx-headers>; the upload script from the page's meta tag. A script using the API with
a bearer token needs none: no browser sends that header on its own, so no other site can
make one send it. That holds only where the token is what opens the request: a bearer
header sent with cookies, or one that opens nothing, is checked like any other request.
GET, HEAD and OPTIONS never change state, so they are never checked.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from flask import Flask, abort, jsonify, render_template, request
from flask_login import current_user
from flask_wtf.csrf import CSRFError, CSRFProtect

SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}
csrf = CSRFProtect()


def _cross_site() -> bool:
    """Whether the browser says the request comes from another site (Sec-Fetch-Site), or its
    Origin names another host. Clients that send neither (scripts, old browsers) are judged
    by the token alone."""
    if request.headers.get("Sec-Fetch-Site", "same-origin") not in ("same-origin", "none"):
        return True
    origin = request.headers.get("Origin")
    return bool(origin) and origin != "null" and urlsplit(origin).netloc != request.host


def _by_token_alone() -> bool:
    """Whether a real API token opens the request and no cookie came with it (Datasette's rule):
    a session cookie beside a token would otherwise let a forged header skip the check."""
    return "Cookie" not in request.headers and getattr(current_user, "by_token", False)


def init_app(app: Flask) -> None:
    app.config.setdefault("WTF_CSRF_CHECK_DEFAULT", False)  # checked below, after the bearer-token test
    app.config.setdefault("WTF_CSRF_TIME_LIMIT", None)  # as long as the session: a page left open keeps working
    csrf.init_app(app)

    @app.before_request
    def refuse_forgery():
        if request.method in SAFE_METHODS or not app.config.get("WTF_CSRF_ENABLED", True):
            return
        if _by_token_alone():
            return
        if _cross_site():
            abort(403, "Refused: this request was sent from another site.")
        csrf.protect()

    @app.errorhandler(CSRFError)
    def stale_token(error: CSRFError):
        message = "This page is out of date or its session has ended: reload it (what you typed is kept in the page until then)."
        # The header tells the page's script to fetch the session's token and send again.
        stale = {"X-CSRF-Stale": "1"}
        if request.path.startswith("/api/"):
            return jsonify({"ok": False, "status": 400, "error": message}), 400, stale
        return render_template("problem.html", message=message, title="This page is out of date"), 400, stale
