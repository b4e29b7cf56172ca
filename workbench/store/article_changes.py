"""An admin's changes to an article as a whole: its title, source and address corrected,
or the article deleted. Each is a row of article_changes, which only grows.

A deletion keeps the whole article first, as its export (written by the caller), in that
row: the claims' histories are append-only, so they go only with their article, and
`workbench import` of the archive brings all of it back.
"""

from __future__ import annotations

import sqlite_utils

from .connection import marks, transaction, utc_now
from .findings import refresh_worst
from .migrations import CLAIM_HISTORIES, refusal

EDITABLE = ("title", "source", "url")


class ArticleChanged(Exception):
    """The article no longer reads as the admin saw it; `current` is how it reads now."""

    def __init__(self, article_id: int, current: dict | None):
        super().__init__(f"article {article_id} changed")
        self.current = current


def edit_article(db: sqlite_utils.Database, article_id: int, shown: dict, changes: dict, actor: str) -> None:
    """Set the EDITABLE fields in `changes`, each logged with what it was, unless the
    article no longer reads as `shown`."""
    with transaction(db):
        row = db.execute(f"SELECT {', '.join(EDITABLE)} FROM articles WHERE id = ?", [article_id]).fetchone()  # nosec B608
        current = dict(zip(EDITABLE, row)) if row else None
        if current is None or any(current[name] != value for name, value in shown.items()):
            raise ArticleChanged(article_id, current)
        at = utc_now()
        for name, value in changes.items():
            if name in EDITABLE and value != current[name]:
                db.execute(f"UPDATE articles SET {name} = ? WHERE id = ?", [value, article_id])  # nosec B608
                db["article_changes"].insert({"article_id": article_id, "field": name, "old": current[name],
                                              "new": value, "actor": actor, "at": at})


def delete_article(db: sqlite_utils.Database, article_id: int, archive: str, reason: str, actor: str) -> None:
    """Remove the article with its claims, their histories, findings and checks, after
    logging it with `archive`; findings that tied other articles' figures to it go too."""
    with transaction(db):
        title = db.execute("SELECT title FROM articles WHERE id = ?", [article_id]).fetchone()
        if title is None:
            raise ArticleChanged(article_id, None)
        db["article_changes"].insert({"article_id": article_id, "field": "deleted", "old": title[0], "new": reason,
                                      "archive": archive, "actor": actor, "at": utc_now()})
        claims = [row[0] for row in db.execute("SELECT id FROM claims WHERE article_id = ?", [article_id])]
        doomed = [row[0] for row in db.execute(f"""
            SELECT id FROM findings WHERE article_id = ? UNION
            SELECT finding_id FROM finding_claims WHERE claim_id IN ({marks(claims)})""",  # nosec B608
            [article_id, *claims])]
        others = {row[0] for row in db.execute(f"""
            SELECT claim_id FROM finding_claims WHERE finding_id IN ({marks(doomed)})""", doomed)}  # nosec B608
        for table in ("finding_claims", "findings"):
            column = "finding_id" if table == "finding_claims" else "id"
            db.execute(f"DELETE FROM {table} WHERE {column} IN ({marks(doomed)})", doomed)  # nosec B608
        for table in CLAIM_HISTORIES:
            db.execute(f"DROP TRIGGER {table}_append_only_delete")
            db.execute(f"DELETE FROM {table} WHERE claim_id IN ({marks(claims)})", claims)  # nosec B608
            refusal(db, table, "DELETE")
        db.execute("DELETE FROM reviewer_checks WHERE article_id = ?", [article_id])
        db.execute("UPDATE claims SET part_of = NULL WHERE article_id = ?", [article_id])
        db.execute("DELETE FROM claims WHERE article_id = ?", [article_id])
        db.execute("DELETE FROM articles WHERE id = ?", [article_id])
        refresh_worst(db, others - set(claims))


def article_changes(db: sqlite_utils.Database, article_id: int) -> list[dict]:
    """The admin's changes to the article, oldest first, without any archive."""
    return list(db.query("""
        SELECT id, field, old, new, actor, at FROM article_changes WHERE article_id = ? ORDER BY id""", [article_id]))


def deleted_articles(db: sqlite_utils.Database) -> list[dict]:
    """Deleted articles, newest deletion first: their title, reason, who and when."""
    return list(db.query("""
        SELECT id, article_id, old AS title, new AS reason, actor, at FROM article_changes
        WHERE field = 'deleted' ORDER BY id DESC"""))


def deleted_archive(db: sqlite_utils.Database, change_id: int) -> str | None:
    row = db.execute("SELECT archive FROM article_changes WHERE id = ? AND field = 'deleted'", [change_id]).fetchone()
    return row[0] if row else None
