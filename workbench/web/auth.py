"""Signing in and out, and choosing one's own password."""

from __future__ import annotations

import math
import re
from urllib.parse import urlsplit

from flask import Blueprint, current_app, jsonify, redirect, render_template, request, session, url_for
from flask_wtf.csrf import generate_csrf
from flask_login import current_user, login_user, logout_user

from .. import store
from ..accounts import hash_password, password_matches, password_problem
from .access import User, allow
from .database import get_db
from .throttle import seconds_to_wait

bp = Blueprint("auth", __name__)


# What a browser ignores in a URL (the WHATWG URL standard): C0 controls and spaces at either
# end, and tabs and line breaks anywhere.
URL_ENDS = "".join(map(chr, range(0x21)))
URL_BREAKS = re.compile(r"[\t\n\r]")
# A name typed at sign-in is cut one past the longest an account may have (accounts.NAME):
# it still matches none, and the record of failures keeps no half-megabyte names.
NAME_CUT = 41


def _safe_next(target: str | None) -> str:
    """Only a path on this site, so a crafted link cannot send a reviewer elsewhere after signing in.
    The target is first read as the browser will read the Location (a tab between two slashes
    is dropped, leaving `//`, and a backslash is a slash), which also leaves no line break to
    split the header."""
    path = URL_BREAKS.sub("", (target or "").strip(URL_ENDS)).replace("\\", "/")
    parts = urlsplit(path)
    if path.startswith("/") and not path.startswith("//") and not parts.scheme and not parts.netloc:
        return path
    return url_for("articles.index")


def _duration(seconds: int) -> str:
    """A wait as a person reads it: seconds under two minutes, whole minutes after."""
    number, unit = (seconds, "second") if seconds < 120 else (math.ceil(seconds / 60), "minute")
    return f"{number} {unit}{'s' * (number != 1)}"


@bp.route("/login", methods=["GET", "POST"])
@allow("anyone")
def login():
    if request.method == "GET":
        return render_template("auth/login.html", next=request.args.get("next", ""))
    db, name, address = get_db(), request.form.get("name", "").strip()[:NAME_CUT], request.remote_addr or "unknown"
    if wait := seconds_to_wait(db, current_app.config, name, address):
        return render_template("auth/login.html", next=request.form.get("next", ""), name=name,
                               error=f"Too many failed sign-ins from here: try again in {_duration(wait)}."), \
            429, {"Retry-After": str(wait)}
    row = store.user_by_name(db, name)
    if not password_matches(row["password_hash"] if row else None, request.form.get("password", "")) or row["disabled"]:
        store.record_failed_login(db, name, address)
        return render_template("auth/login.html", next=request.form.get("next", ""), name=name,
                               error="That name and password do not match an account."), 401
    session.clear()
    login_user(User(row["id"], row["name"], row["role"], bool(row["must_change"])))
    store.record_sign_in(db, row["name"], address)
    session["signed_in_at"] = store.utc_now()
    if row["must_change"]:
        return redirect(url_for("auth.change_password"), code=303)
    return redirect(_safe_next(request.form.get("next")), code=303)


@bp.post("/logout")
@allow("anyone")
def logout():
    """Ends the account's sessions on every device, so a copy of this cookie opens nothing."""
    if current_user.is_authenticated:
        store.sign_out_everywhere(get_db(), current_user.id)
    logout_user()
    session.clear()
    return redirect(url_for("auth.login"), code=303)


@bp.get("/session/token")
@allow("reviewer")
def session_token():
    """The session's CSRF token, for a page opened under an earlier session: after signing in
    again in another tab, its script fetches this and saves the reviewer's draft after all."""
    return jsonify({"token": generate_csrf()})


@bp.route("/account/password", methods=["GET", "POST"])
@allow("reviewer")
def change_password():
    if request.method == "GET":
        return render_template("auth/password.html")
    db = get_db()
    row = store.get_user(db, current_user.id)
    error = None
    if not password_matches(row["password_hash"], request.form.get("current", "")):
        error = "Your current password is not that."
    else:
        error = password_problem(request.form.get("new", ""), request.form.get("again", ""))
    if error:
        return render_template("auth/password.html", error=error), 422
    store.set_password(db, row["id"], hash_password(request.form["new"]), actor=row["name"])
    session["signed_in_at"] = store.utc_now()  # this session goes on; the others have ended
    return redirect(url_for("articles.index"), code=303)
