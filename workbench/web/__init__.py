"""Flask blueprints. Thin: parse the request, call store/extract/checks, render."""

from __future__ import annotations

from flask import Flask

from ..checks.finding import fmt
from . import articles, corrections, database, exports, verdicts, vendor

# No inline script or style anywhere, so the policy can forbid both.
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
}


def register(app: Flask) -> None:
    database.init_app(app)
    app.add_template_filter(fmt, "num")
    for module in (articles, verdicts, corrections, exports, vendor):
        app.register_blueprint(module.bp)

    @app.after_request
    def security_headers(response):
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response
