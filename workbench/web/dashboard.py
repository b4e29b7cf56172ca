"""The team at a glance: figures reviewed per reviewer per day, open failing checks,
findings by rule, and the assigned articles waiting longest. Charts are drawn on the
server (charts.py), each beside a table of its numbers."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from flask import Blueprint, render_template

from .. import store
from ..charts import rows
from .access import allow
from .database import get_db

bp = Blueprint("dashboard", __name__)
DAYS = 14
STATUSES = ("fail", "warn", "pass")


@bp.get("/dashboard")
@allow("reviewer")
def index():
    db = get_db()
    since = (datetime.now(timezone.utc) - timedelta(days=DAYS - 1)).date().isoformat()
    daily = store.reviewed_per_day(db, since)
    by_rule = store.findings_by_rule(db)
    return render_template(
        "dashboard/index.html", days=DAYS, daily=daily, by_rule=by_rule,
        daily_rows=rows([(f"{d['day']} {d['reviewer']}", {"figures": d["figures"]}) for d in daily], ("figures",)),
        rule_rows=rows([(r["rule"], {s: r[s] for s in STATUSES}) for r in by_rule], STATUSES),
        open_failing=store.open_failing(db), waiting=store.oldest_unreviewed_assigned(db),
    )
