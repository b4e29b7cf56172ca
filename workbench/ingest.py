"""Storing articles: each document read in (readers.py) is extracted, checked and stored
whole, unless its text is already present; an export's articles are restored (restore.py),
and an analysed archive's are stored as analysed (archive/). Large imports are analysed by
worker processes a batch at a time while this one stores.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterable, Iterator
from itertools import islice

import sqlite_utils

from . import restore, store
from .archive.load import Analysed
from .checks import Finding
from .checks.rules import run_checks
from .documents import Document, Outcome, Rejection
from .extract import Claim
from .readers import claims_of
from .rechecks import across_articles


def analyse(text: str) -> tuple[list[Claim], list[Finding]]:
    """The pure part of an import, which a worker process can do: claims and their findings."""
    claims = claims_of(text)
    return claims, run_checks(claims)


def _store(db: sqlite_utils.Database, document: Document, claims: list[Claim], findings: list[Finding]) -> Outcome:
    across, others = across_articles(db, None, claims)
    return _insert(db, document, claims, findings + across, others)


def _insert(db: sqlite_utils.Database, document: Document, claims: list[Claim], findings: list[Finding],
            others: list[int]) -> Outcome:
    article = {**vars(document), "sha256": document.sha256}
    article_id, stored = store.insert_article(db, article, claims, findings, others)
    return Outcome(document, article_id, stored=stored, claims=len(claims) if stored else 0)


def store_analysed(db: sqlite_utils.Database, item: Analysed, up_to: int) -> Outcome:
    """An article as `workbench analyse` left it, not extracted again. Its links to earlier
    articles of the archive find the other figure by article and span, and are dropped where
    that article is not in this database or no longer has the figure; the figures the
    database held before this import (ids up to `up_to`) are weighed here, as import does."""
    existing = store.find_by_sha256(db, item.document.sha256)
    if existing is not None:
        return Outcome(item.document, existing, stored=False)
    # (this article's figure, the other figure's id, the finding) for each link
    linked = [(link["claim"], store.claim_at(db, link["other_article"], link["other_start"], link["other_end"]),
               Finding(link["rule"], [], link["status"], link["explanation"], link["origin"])) for link in item.links]
    linked = [link for link in linked if link[1] is not None]
    if up_to:
        found, ids = across_articles(db, None, item.claims, up_to)
        seen = {other for _, other, _ in linked}  # an archive article already present: its link came with it
        linked += [(f.claims[0], other, f) for f in found if (other := ids[f.claims[1] - len(item.claims)]) not in seen]
    across = [Finding(f.rule, [mine, len(item.claims) + n], f.status, f.explanation, f.origin)
              for n, (mine, _, f) in enumerate(linked)]
    return _insert(db, item.document, item.claims, item.findings + across, [other for _, other, _ in linked])


def import_document(db: sqlite_utils.Database, document: Document) -> Outcome:
    """Extract, check and store one document, unless the same text is already present."""
    existing = store.find_by_sha256(db, document.sha256)
    if existing is not None:
        return Outcome(document, existing, stored=False)
    return _store(db, document, *analyse(document.text))


# Documents analysed and stored together: one transaction (each article in its own savepoint,
# so each is still whole or absent) and one round of the worker pool. A pool costs more to
# start than a batch smaller than PARALLEL_FROM takes, so those are done in this process.
BATCH = 256
PARALLEL_FROM = 64


def import_documents(
    db: sqlite_utils.Database, items: Iterable[Document | Rejection], jobs: int = 0,
) -> Iterator[Outcome | Rejection]:
    """Import a stream of documents, a batch at a time so memory stays flat however long the
    stream. With jobs > 0, that many worker processes analyse the next batch while this one
    stores the last (storing is one process's work: SQLite has one writer)."""
    pool, pending = None, None
    up_to = store.last_claim_id(db)  # the figures an analysed archive's articles are weighed against here
    try:
        items = iter(items)
        while True:
            batch = list(islice(items, BATCH))
            fresh = [item for item in batch if isinstance(item, Document)
                     and store.find_by_sha256(db, item.sha256) is None]
            if jobs and len(fresh) >= PARALLEL_FROM and pool is None:
                # Forked workers start with the extractor already loaded (spawned ones take a
                # second each); they never touch the database connection they inherit.
                pool = multiprocessing.get_context("fork").Pool(jobs)
            texts = [document.text for document in fresh]
            work = pool.map_async(analyse, texts, chunksize=8) if pool else None
            if pending:
                yield from _store_batch(db, *pending, up_to)
            if not batch:
                return
            pending = batch, fresh, work or _Done(list(map(analyse, texts)))
    finally:
        if pool is not None:
            pool.close()
            pool.join()


class _Done:
    """Results computed here, with the `get` of the pool's pending results."""

    def __init__(self, results: list) -> None:
        self.results = results

    def get(self) -> list:
        return self.results


def _store_batch(db: sqlite_utils.Database, batch: list, fresh: list[Document], work,
                 up_to: int) -> Iterator[Outcome | Rejection]:
    analysed = dict(zip(map(id, fresh), work.get()))
    with store.transaction(db):
        for item in batch:
            if isinstance(item, Rejection):
                yield item
            elif isinstance(item, restore.Exported):
                yield restore.restore(db, item)
            elif isinstance(item, Analysed):
                yield store_analysed(db, item, up_to)
            elif id(item) in analysed:
                yield _store(db, item, *analysed[id(item)])
            else:  # present before this import, or earlier in this one
                yield Outcome(item, store.find_by_sha256(db, item.sha256), stored=False)
