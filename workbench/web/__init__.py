"""Flask blueprints. Thin: parse the request, call store/extract/checks, render."""

from __future__ import annotations

from flask import Flask, current_app, has_request_context, render_template, request
from flask.sessions import SecureCookieSessionInterface
from markupsafe import Markup
from werkzeug.middleware.proxy_fix import ProxyFix

from ..checks.finding import fmt
from ..extract import KINDS
from ..urls import is_web_url
from .ids import IdConverter
from ..rationale import render_rationale
from .highlight import in_sentence
from . import access, admin, api, article_admin, articles, auth, checks, dashboard, corrections, csrf, database, exports, presence, public, queue, verdicts, vendor

# No inline script or style anywhere, so the policy can forbid both.
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'; "
                               "object-src 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
}
# The same for everyone, so a cache may keep them; every other answer holds a reviewer's work
# or an account, and is stored by no cache.
SHARED_ENDPOINTS = {"static", "vendor.htmx"}


class SessionCookies(SecureCookieSessionInterface):
    """The session cookie is Secure whenever the request came over https (gunicorn takes the
    scheme from a trusted proxy's X-Forwarded-Proto), so it never travels in clear after."""

    def get_cookie_secure(self, app: Flask) -> bool:
        return bool(app.config["SESSION_COOKIE_SECURE"] or (has_request_context() and request.is_secure))


def when(at: str) -> Markup:
    """A stored UTC timestamp as reviewers read it, to the minute, the exact one kept in `datetime`."""
    return Markup('<time datetime="{}">{} UTC</time>').format(at, at[:16].replace("T", " "))


def label_name(key: str) -> str:
    """The label's name in the vocabulary; a key the vocabulary has since dropped shows as itself."""
    label = current_app.config["VERDICT_LABELS"].get(key)
    return label.name if label else key


def register(app: Flask) -> None:
    app.url_map.converters["int"] = IdConverter  # before any route is added
    database.init_app(app)
    access.init_app(app)
    csrf.init_app(app)
    app.add_template_filter(fmt, "num")
    app.add_template_filter(render_rationale, "rationale")
    app.add_template_filter(when, "when")
    app.add_template_filter(in_sentence, "in_sentence")
    app.add_template_test(is_web_url, "web_url")  # an address stored before urls.py may be any text
    app.add_template_global(label_name)
    app.context_processor(lambda: {"labels": app.config["VERDICT_LABELS"], "kinds": KINDS})
    for module in (auth, admin, article_admin, articles, checks, dashboard, verdicts, corrections, exports, presence, public, queue, vendor, api):
        app.register_blueprint(module.bp)

    app.session_interface = SessionCookies()
    if app.config["TRUSTED_PROXIES"]:
        # request.remote_addr is then the address the outermost trusted proxy saw, not one a
        # client wrote into the header itself; the scheme is the one it was reached by, so a
        # proxy ending https anywhere still gets the session cookie marked Secure.
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=app.config["TRUSTED_PROXIES"], x_proto=app.config["TRUSTED_PROXIES"])

    @app.errorhandler(500)
    def server_error(error):
        """A plain page, never a traceback: the details go to the server's log."""
        if request.path.startswith("/api/"):
            return {"ok": False, "status": 500, "error": "The server failed; the error is in its log."}, 500
        return render_template("problem.html", title="Something went wrong",
                               message="The server could not do this. Nothing was changed; try again."), 500

    @app.after_request
    def security_headers(response):
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        if request.endpoint not in SHARED_ENDPOINTS:
            response.headers["Cache-Control"] = "no-store"
        return response
