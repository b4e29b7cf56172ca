"""Random sequences of review work against a real database file (a hypothesis state machine):
verdicts, stale saves, verdicts and forward moves on removed figures, workflow moves,
corrections, stale corrections, removals and restorations, and new articles whose figures
meet these ones across articles.

After every step the claims' current columns (state, label, reviewer, removed, value and the
worst status of their checks, which the queue and lists read) must equal what the append-only
history says, and the history must hold every acknowledged change and nothing else.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from workbench import store
from workbench.corrections import Correction, apply_correction, set_removed
from workbench.documents import Document
from workbench.ingest import import_document

SEED = (Path(__file__).parent.parent / "workbench" / "demo" / "isis-returnees.txt").read_text(encoding="utf-8")
# Articles that repeat the seed's quantities, so that findings across articles come and go.
OTHERS = [
    "Officials said 5,600 members of ISIS had returned home. About 425 came back to the UK.",
    "Some 900 fighters returned to Turkey and 800 to Tunisia, the report said.",
    "Around 850 British jihadists travelled to Syria; 100 of them were women.",
]
REVIEWERS = st.sampled_from(["Ana", "Ben", "Cy"])
RANK = {"fail": 0, "warn": 1, "pass": 2}


class ReviewWork(RuleBasedStateMachine):
    def __init__(self):
        super().__init__()
        self.folder = tempfile.mkdtemp()
        self.db = store.open_db(Path(self.folder) / "review.db")
        store.migrate(self.db)
        import_document(self.db, Document("Returnees", SEED, "seed"))
        self.imported = 0
        # What each acknowledged change should have left, by claim id.
        self.verdicts: dict[int, list[tuple[str, str]]] = {}
        self.state: dict[int, str] = {}
        self.removed: dict[int, bool] = {}
        self.logged: dict[int, int] = {}  # rows in claim_corrections
        self.value: dict[int, float] = {}
        for row in self.db.query("SELECT id, value FROM claims"):
            self._track(row)

    def _track(self, row: dict) -> None:
        self.verdicts[row["id"]], self.state[row["id"]] = [], "unreviewed"
        self.removed[row["id"]], self.logged[row["id"]], self.value[row["id"]] = False, 0, row["value"]

    def teardown(self):
        self.db.close()
        shutil.rmtree(self.folder)

    def _claim(self, pick: int) -> dict:
        ids = sorted(self.verdicts)
        return store.get_claim(self.db, ids[pick % len(ids)])

    @rule(pick=st.integers(0, 99), reviewer=REVIEWERS, label=st.sampled_from(["accurate", "misleading", "inaccurate"]),
          stale=st.booleans())
    def save_verdict(self, pick, reviewer, label, stale):
        claim = self._claim(pick)
        current = len(self.verdicts[claim["id"]])
        base = current - 1 if stale and current else current
        try:
            store.save_verdict(self.db, claim["id"], base, label, "because", [], reviewer)
        except store.ClaimRemoved:
            assert self.removed[claim["id"]], "a verdict on a figure still in place was refused as removed"
            return
        except store.VerdictConflict:
            assert base != current, "a save on the current version was refused"
            return
        assert not self.removed[claim["id"]], "a verdict on a removed figure was taken"
        assert base == current, "a save on a stale version was taken"
        self.verdicts[claim["id"]].append((label, reviewer))
        self.state[claim["id"]] = "reviewed"

    @rule(pick=st.integers(0, 99), reviewer=REVIEWERS, state=st.sampled_from(store.STATES))
    def move(self, pick, reviewer, state):
        claim = self._claim(pick)
        forward = store.STATES.index(state) > store.STATES.index(self.state[claim["id"]])
        try:
            store.set_state(self.db, claim["id"], state, reviewer)
        except store.ClaimRemoved:
            assert self.removed[claim["id"]] and forward, "a move the workflow allows was refused as removed"
            return
        assert not (self.removed[claim["id"]] and forward), "a removed figure moved on"
        self.state[claim["id"]] = state

    @rule(pick=st.integers(0, 99), reviewer=REVIEWERS, value=st.integers(0, 10_000), stale=st.booleans())
    def correct_value(self, pick, reviewer, value, stale):
        claim = self._claim(pick)
        shown = {"value": claim["value"] + 1 if stale else claim["value"]}
        updates = {"value": value, "low": None if claim["low"] is None else value,
                   "high": None if claim["high"] is None else value}
        try:
            apply_correction(self.db, claim, Correction(shown, updates, "typo", reviewer))
        except store.CorrectionConflict:
            assert stale, "a correction of the claim as it stands was refused"
            return
        assert not stale, "a correction of a claim as it no longer stands was taken"
        self.logged[claim["id"]] += value != claim["value"]
        self.value[claim["id"]] = value

    @rule(pick=st.integers(0, 99), reviewer=REVIEWERS, remove=st.booleans())
    def remove_or_restore(self, pick, reviewer, remove):
        claim = self._claim(pick)
        try:
            set_removed(self.db, claim, remove, "not a figure" if remove else "it is one", reviewer)
        except store.CorrectionConflict:
            assert self.removed[claim["id"]] == remove, "a real removal or restoration was refused"
            return
        assert self.removed[claim["id"]] != remove
        self.removed[claim["id"]] = remove
        self.logged[claim["id"]] += 1

    @precondition(lambda self: self.imported < len(OTHERS))
    @rule()
    def import_another_article(self):
        outcome = import_document(self.db, Document(f"Report {self.imported}", OTHERS[self.imported], "feed"))
        self.imported += 1
        for row in store.article_claims(self.db, outcome.article_id):
            self._track(row)

    @invariant()
    def current_columns_agree_with_the_history(self):
        claims = {row["id"]: row for row in self.db.query("SELECT * FROM claims")}
        assert claims.keys() == self.verdicts.keys()
        history: dict[int, list[dict]] = {claim_id: [] for claim_id in claims}
        for row in self.db.query("SELECT * FROM verdicts ORDER BY claim_id, version"):
            history[row["claim_id"]].append(row)
        moves = {row["claim_id"]: row["state"] for row in self.db.query("SELECT * FROM claim_states ORDER BY id")}
        logged = dict(self.db.execute("SELECT claim_id, count(*) FROM claim_corrections GROUP BY claim_id").fetchall())
        worst: dict[int, str] = {}
        for claim_id, status in self.db.execute(
                "SELECT fc.claim_id, f.status FROM finding_claims fc JOIN findings f ON f.id = fc.finding_id"):
            worst[claim_id] = min(worst.get(claim_id, status), status, key=RANK.get)
        for claim_id, claim in claims.items():
            rows = history[claim_id]
            assert [(r["label"], r["reviewer"]) for r in rows] == self.verdicts[claim_id]
            assert [r["version"] for r in rows] == list(range(1, len(rows) + 1))
            latest = rows[-1] if rows else {"label": None, "reviewer": None}
            assert (claim["label"], claim["reviewer"]) == (latest["label"], latest["reviewer"])
            assert claim["state"] == moves.get(claim_id, "unreviewed") == self.state[claim_id]
            assert (bool(claim["removed"]), claim["value"]) == (self.removed[claim_id], self.value[claim_id])
            assert logged.get(claim_id, 0) == self.logged[claim_id]
            assert claim["worst"] == worst.get(claim_id), f"claim {claim_id}: worst {claim['worst']}, findings say {worst.get(claim_id)}"

    @invariant()
    def every_history_row_says_who_and_when(self):
        for table in ("verdicts", "claim_states", "claim_corrections"):
            assert self.db.execute(f"SELECT count(*) FROM {table} WHERE coalesce(reviewer, '') = '' OR coalesce(at, '') = ''"
                                   ).fetchone()[0] == 0, table

    @invariant()
    def the_queue_offers_only_what_is_left_to_review(self):
        offered = store.next_claim(self.db)
        if offered is not None:
            assert not offered["removed"] and offered["state"] in ("unreviewed", "in review")
            assert offered["kind"] not in store.OPTIONAL_KINDS


TestReviewWork = ReviewWork.TestCase
TestReviewWork.settings = settings(max_examples=100, stateful_step_count=200, deadline=None)
