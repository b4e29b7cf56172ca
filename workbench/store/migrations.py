"""The schema, as append-only steps: never edit a step once it has landed, add a new one."""

from __future__ import annotations

import sqlite_utils
from sqlite_utils.migrations import Migrations

from .connection import transaction

migrations = Migrations("workbench")
# Kinds the queue does not ask reviewers for: dates, ages, scores and the like rarely carry a
# story, and a reviewer can still judge one from the article page. The queue's queries repeat
# the SQL text, as SQLite uses a partial index only for a query whose WHERE names its condition.
OPTIONAL_KINDS = ("year", "date", "ordinal", "time", "age", "score")
QUEUE_SKIPS = "(" + ", ".join(f"'{kind}'" for kind in OPTIONAL_KINDS) + ")"
# A claim's tier in the queue: a failed check first, then a warning, then the rest.
TIER = "(CASE worst WHEN 'fail' THEN 0 WHEN 'warn' THEN 1 ELSE 2 END)"
# The worst status of the findings a claim is in, for an UPDATE of claims.
WORST = """(SELECT CASE min(CASE f.status WHEN 'fail' THEN 0 WHEN 'warn' THEN 1 ELSE 2 END)
                WHEN 0 THEN 'fail' WHEN 1 THEN 'warn' WHEN 2 THEN 'pass' END
            FROM finding_claims fc JOIN findings f ON f.id = fc.finding_id WHERE fc.claim_id = claims.id)"""


@migrations()
def m001_articles_claims_findings_verdicts(db: sqlite_utils.Database) -> None:
    # NUMERIC affinity keeps 5600 an integer and 0.5 a real, as extraction produced them.
    db.execute("""
        CREATE TABLE articles (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL,
            text TEXT NOT NULL,
            source TEXT,
            url TEXT,
            published TEXT,
            external_id TEXT,
            sha256 TEXT NOT NULL UNIQUE,
            metadata TEXT NOT NULL DEFAULT '{}',
            created_at TEXT NOT NULL
        )""")
    db.execute("""
        CREATE TABLE claims (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id),
            position INTEGER NOT NULL,
            start INTEGER NOT NULL,
            end INTEGER NOT NULL,
            text TEXT NOT NULL,
            sentence TEXT NOT NULL,
            sentence_start INTEGER NOT NULL,
            value NUMERIC NOT NULL,
            low NUMERIC,
            high NUMERIC,
            kind TEXT NOT NULL,
            approx INTEGER NOT NULL,
            qualifier TEXT,
            unit TEXT,
            subject TEXT,
            part_of INTEGER REFERENCES claims(id),
            UNIQUE (article_id, position)
        )""")
    db.execute("""
        CREATE TABLE findings (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id),
            rule TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('pass', 'fail', 'warn')),
            explanation TEXT NOT NULL,
            origin TEXT NOT NULL CHECK (origin IN ('auto', 'reviewer'))
        )""")
    db.execute("""
        CREATE TABLE finding_claims (
            finding_id INTEGER NOT NULL REFERENCES findings(id) ON DELETE CASCADE,
            claim_id INTEGER NOT NULL REFERENCES claims(id),
            position INTEGER NOT NULL,
            PRIMARY KEY (finding_id, claim_id)
        )""")
    # Every save is a new row; the highest version is the current verdict. The
    # UNIQUE pair is the optimistic lock: two saves based on the same version
    # cannot both insert the next one.
    db.execute("""
        CREATE TABLE verdicts (
            id INTEGER PRIMARY KEY,
            claim_id INTEGER NOT NULL REFERENCES claims(id),
            version INTEGER NOT NULL,
            label TEXT NOT NULL,
            rationale TEXT NOT NULL,
            sources TEXT NOT NULL DEFAULT '[]',
            reviewer TEXT NOT NULL,
            at TEXT NOT NULL,
            UNIQUE (claim_id, version)
        )""")
    _append_only(db, "verdicts")
    db.execute("CREATE INDEX claims_article ON claims(article_id)")
    db.execute("CREATE INDEX findings_article ON findings(article_id)")
    db["articles"].enable_fts(["title", "text"], create_triggers=True)


@migrations()
def m002_reviewer_checks(db: sqlite_utils.Database) -> None:
    # A check a reviewer built: its claims in the order given (a JSON list of claim ids).
    db.execute("""
        CREATE TABLE reviewer_checks (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id),
            relation TEXT NOT NULL,
            claims TEXT NOT NULL,
            percent REAL,
            reviewer TEXT NOT NULL,
            at TEXT NOT NULL
        )""")
    db.execute("CREATE INDEX reviewer_checks_article ON reviewer_checks(article_id)")


@migrations()
def m003_claim_corrections(db: sqlite_utils.Database) -> None:
    # A reviewer's fix of a mis-extracted field: the claims row holds the value as
    # corrected, this table what it was, append-only like the verdicts.
    _corrections_table(db, "claim_corrections", ("value", "unit", "subject"))
    _append_only(db, "claim_corrections")
    db.execute("CREATE INDEX claim_corrections_claim ON claim_corrections(claim_id)")


@migrations()
def m004_claims_by_quantity(db: sqlite_utils.Database) -> None:
    # The cross-article rule looks up other articles' figures of the same quantity, and an
    # article's page the findings of other articles that name its claims.
    db.execute("CREATE INDEX claims_quantity ON claims(subject, unit, kind) WHERE subject IS NOT NULL")
    db.execute("CREATE INDEX finding_claims_claim ON finding_claims(claim_id)")


@migrations()
def m005_review_workflow(db: sqlite_utils.Database) -> None:
    # Accounts: a reviewer or an admin. The password is a werkzeug scrypt hash;
    # must_change marks a one-time password, which opens nothing but choosing one's own.
    db.execute("""
        CREATE TABLE users (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            password_hash TEXT NOT NULL,
            role TEXT NOT NULL CHECK (role IN ('reviewer', 'admin')),
            must_change INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL
        )""")
    # Where a claim is in the workflow, kept apart from its verdict; the latest row
    # is the current state and a claim with no row is unreviewed.
    db.execute("""
        CREATE TABLE claim_states (
            id INTEGER PRIMARY KEY,
            claim_id INTEGER NOT NULL REFERENCES claims(id),
            state TEXT NOT NULL CHECK (state IN ('unreviewed', 'in review', 'reviewed', 'published')),
            reviewer TEXT NOT NULL,
            at TEXT NOT NULL
        )""")
    _append_only(db, "claim_states")
    db.execute("CREATE INDEX claim_states_claim ON claim_states(claim_id, id)")
    # A claim a reviewer removed stays, marked, so its history and verdicts survive;
    # one they added by selecting text says so.
    db.execute("ALTER TABLE claims ADD COLUMN removed INTEGER NOT NULL DEFAULT 0")
    db.execute("ALTER TABLE claims ADD COLUMN added_by TEXT")
    db.execute("ALTER TABLE articles ADD COLUMN assignee TEXT")
    db.execute("CREATE INDEX articles_assignee ON articles(assignee) WHERE assignee IS NOT NULL")
    # Removing and adding a claim are corrections of the field 'claim'.
    _widen_corrections(db, ("value", "unit", "subject", "claim"))
    db["claims"].enable_fts(["text", "sentence", "subject"], create_triggers=True)
    db.execute("INSERT INTO claims_fts(claims_fts) VALUES ('rebuild')")


@migrations()
def m006_disabled_accounts(db: sqlite_utils.Database) -> None:
    # An account is disabled rather than deleted, so the names in the history stay someone's.
    db.execute("ALTER TABLE users ADD COLUMN disabled INTEGER NOT NULL DEFAULT 0")


@migrations()
def m007_api_tokens(db: sqlite_utils.Database) -> None:
    # Tokens scripts send to the JSON API. Only each token's SHA-256 is kept: a token is
    # a long random secret, so unlike a password it needs no slow hash to resist guessing,
    # and finding it stays one index probe. A revoked token stays, so its name stays known.
    db.execute("""
        CREATE TABLE api_tokens (
            id INTEGER PRIMARY KEY,
            user_id INTEGER NOT NULL REFERENCES users(id),
            name TEXT NOT NULL,
            token_hash TEXT NOT NULL UNIQUE,
            created_at TEXT NOT NULL,
            last_used_at TEXT,
            revoked INTEGER NOT NULL DEFAULT 0
        )""")
    db.execute("CREATE INDEX api_tokens_user ON api_tokens(user_id)")


@migrations()
def m008_claims_search_follows_its_columns(db: sqlite_utils.Database) -> None:
    # The search index needs refreshing only when a searched column changes, not when
    # part_of is linked at import or a claim is removed.
    db.execute("DROP TRIGGER claims_au")
    db.execute("""
        CREATE TRIGGER claims_au AFTER UPDATE OF text, sentence, subject ON claims BEGIN
          INSERT INTO claims_fts (claims_fts, rowid, text, sentence, subject)
            VALUES ('delete', old.rowid, old.text, old.sentence, old.subject);
          INSERT INTO claims_fts (rowid, text, sentence, subject) VALUES (new.rowid, new.text, new.sentence, new.subject);
        END""")


@migrations()
def m009_claims_carry_their_review(db: sqlite_utils.Database) -> None:
    # At a million claims the queue cannot derive each claim's place from the history
    # tables row by row. The claim carries its current state, current verdict (label and
    # reviewer) and the worst status of its checks; the history tables stay the record,
    # and the store functions that add to them keep these in the same transaction.
    for column in ("state TEXT NOT NULL DEFAULT 'unreviewed'", "label TEXT", "reviewer TEXT", "worst TEXT"):
        db.execute(f"ALTER TABLE claims ADD COLUMN {column}")
    db.execute("""
        UPDATE claims SET state = (SELECT state FROM claim_states s WHERE s.claim_id = claims.id ORDER BY s.id DESC LIMIT 1)
        WHERE id IN (SELECT claim_id FROM claim_states)""")
    db.execute("""
        UPDATE claims SET (label, reviewer) = (
            SELECT label, reviewer FROM verdicts v WHERE v.claim_id = claims.id ORDER BY v.version DESC LIMIT 1)
        WHERE id IN (SELECT claim_id FROM verdicts)""")
    db.execute(f"UPDATE claims SET worst = {WORST} WHERE id IN (SELECT claim_id FROM finding_claims)")  # nosec B608
    # "Next": unreviewed claims the queue asks for, by tier, article and place.
    db.execute(f"""
        CREATE INDEX claims_queue ON claims(state, {TIER}, article_id, position)
        WHERE removed = 0 AND kind NOT IN {QUEUE_SKIPS}""")
    for column in ("state", "label", "reviewer", "worst", "kind"):
        db.execute(f"CREATE INDEX claims_{column} ON claims({column})")


@migrations()
def m010_failed_logins(db: sqlite_utils.Database) -> None:
    # Failed sign-ins, counted per account name and per address over a recent window to
    # slow down password guessing; kept, like the other histories, as a record.
    db.execute("""
        CREATE TABLE failed_logins (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL COLLATE NOCASE,
            address TEXT NOT NULL,
            at TEXT NOT NULL
        )""")
    db.execute("CREATE INDEX failed_logins_name ON failed_logins(name, at)")
    db.execute("CREATE INDEX failed_logins_address ON failed_logins(address, at)")


@migrations()
def m011_account_events(db: sqlite_utils.Database) -> None:
    # Who did what to which account, and when: for the day someone asks how a reviewer
    # became an admin. `actor` is an account name, or "command line (login)" for the CLI.
    db.execute("""
        CREATE TABLE account_events (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            account TEXT NOT NULL,
            action TEXT NOT NULL,
            detail TEXT
        )""")
    _append_only(db, "account_events")


@migrations()
def m012_sessions_after(db: sqlite_utils.Database) -> None:
    # A session cookie signed in before this time no longer counts: signing out, or a new
    # password, ends the account's sessions everywhere, copied cookies included.
    db.execute("ALTER TABLE users ADD COLUMN sessions_after TEXT")


@migrations()
def m013_sign_ins_by_account(db: sqlite_utils.Database) -> None:
    # Each sign-in attempt asks when this name last signed in from this address, so that its
    # earlier failures there stop counting: a seek, however long the account history grows.
    db.execute("CREATE INDEX account_events_by_account ON account_events(account COLLATE NOCASE, action, detail, at)")


@migrations()
def m014_reviewer_filter_ignores_case(db: sqlite_utils.Database) -> None:
    # A reviewer is found by name as typed, whatever its case ('ana' finds Ana's verdicts),
    # still by a seek: the index compares as the filter does.
    db.execute("DROP INDEX claims_reviewer")
    db.execute("CREATE INDEX claims_reviewer ON claims(reviewer COLLATE NOCASE)")


@migrations()
def m015_kind_is_corrected(db: sqlite_utils.Database) -> None:
    # A reviewer may say a figure is of another kind ('5,600' money, not a count).
    _widen_corrections(db, ("value", "unit", "subject", "claim", "kind"))


@migrations()
def m016_reviewer_checks_end(db: sqlite_utils.Database) -> None:
    # A reviewer's check is deleted, or edited into a new one, by ending it: the row stays
    # with who ended it and when, so the article's history of checks is whole.
    for column in ("ended_by TEXT", "ended_at TEXT", "edited INTEGER NOT NULL DEFAULT 0"):
        db.execute(f"ALTER TABLE reviewer_checks ADD COLUMN {column}")


@migrations()
def m017_article_changes(db: sqlite_utils.Database) -> None:
    # An admin's change to an article's title, source or address, and a deletion, which
    # keeps the whole article as its export (`archive`) so `workbench import` restores it.
    # No reference to articles: the row outlives the article it records.
    db.execute("""
        CREATE TABLE article_changes (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL,
            field TEXT NOT NULL CHECK (field IN ('title', 'source', 'url', 'deleted')),
            old TEXT,
            new TEXT,
            archive TEXT,
            actor TEXT NOT NULL,
            at TEXT NOT NULL
        )""")
    _append_only(db, "article_changes")
    db.execute("CREATE INDEX article_changes_article ON article_changes(article_id, id)")
    db.execute("CREATE INDEX article_changes_deleted ON article_changes(id) WHERE field = 'deleted'")


@migrations()
def m018_presence(db: sqlite_utils.Database) -> None:
    # Who has which figure open now (presence.py): overwritten, not a history.
    db.execute("""
        CREATE TABLE presence (
            claim_id INTEGER NOT NULL,
            reviewer TEXT NOT NULL,
            at TEXT NOT NULL,
            PRIMARY KEY (claim_id, reviewer)
        )""")
    db.execute("CREATE INDEX presence_reviewer ON presence(reviewer)")


def _widen_corrections(db: sqlite_utils.Database, fields: tuple[str, ...]) -> None:
    """The corrections table rebuilt to take corrections of `fields`, its rows kept: SQLite
    widens a CHECK no other way (and DROP TABLE fires no DELETE trigger)."""
    _corrections_table(db, "claim_corrections_new", fields)
    db.execute("INSERT INTO claim_corrections_new SELECT * FROM claim_corrections")
    db.execute("DROP TABLE claim_corrections")
    db.execute("ALTER TABLE claim_corrections_new RENAME TO claim_corrections")
    _append_only(db, "claim_corrections")
    db.execute("CREATE INDEX claim_corrections_claim ON claim_corrections(claim_id)")


def _corrections_table(db: sqlite_utils.Database, name: str, fields: tuple[str, ...]) -> None:
    allowed = ", ".join(f"'{field}'" for field in fields)
    db.execute(f"""
        CREATE TABLE {name} (
            id INTEGER PRIMARY KEY,
            claim_id INTEGER NOT NULL REFERENCES claims(id),
            field TEXT NOT NULL CHECK (field IN ({allowed})),
            old TEXT,
            new TEXT,
            reason TEXT NOT NULL,
            reviewer TEXT NOT NULL,
            at TEXT NOT NULL
        )""")


# The histories of an article's claims: append-only, but for an admin deleting the article
# whole, which keeps it all in its archive first (article_changes.py).
CLAIM_HISTORIES = ("verdicts", "claim_states", "claim_corrections")


def refusal(db: sqlite_utils.Database, table: str, action: str) -> None:
    """A trigger that refuses to UPDATE or DELETE a row of `table`."""
    db.execute(f"""
        CREATE TRIGGER {table}_append_only_{action.lower()} BEFORE {action} ON {table}
        BEGIN SELECT RAISE(ABORT, '{table} are append-only'); END""")


def _append_only(db: sqlite_utils.Database, table: str) -> None:
    """Triggers that refuse to change or delete a row: history is only ever added to."""
    for action in ("UPDATE", "DELETE"):
        refusal(db, table, action)


def migrate(db: sqlite_utils.Database) -> None:
    """Every pending step in one BEGIN IMMEDIATE transaction: two servers starting on a new
    file take turns, and the second finds nothing left to do."""
    with transaction(db):
        migrations.apply(db)
