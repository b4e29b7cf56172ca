"""htmx from our own origin: the copy inside the installed django-js-lib-htmx package."""

from __future__ import annotations

from importlib import resources

from flask import Blueprint, send_from_directory

from .access import allow

bp = Blueprint("vendor", __name__)
HTMX_DIR = resources.files("js_lib_htmx") / "static" / "htmx"


@bp.get("/vendor/htmx.min.js")
@allow("anyone")
def htmx():
    return send_from_directory(str(HTMX_DIR), "htmx.min.js", mimetype="text/javascript", max_age=86400)
