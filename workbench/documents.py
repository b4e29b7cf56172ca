"""What readers hand the importer: a document to store, or a rejection saying why not; and
the limits a document is held to, whichever way it comes in."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field

from .parsing import unstorable

# What an article may bring besides its text, in characters. Each limit is far above what a
# real article carries and far below what makes a page heavy: the articles list shows every
# title, and one title of 30 MB made it a page of 35 MB. The url's limit is part of the rule
# for web addresses (urls.py); the text's is the importer's (readers.MAX_TEXT_CHARS).
LIMITS = {
    "title": 1_000,  # a headline runs to a hundred or so; this leaves room for a standfirst
    "source": 500,  # a publication's name, with a section or a byline
    "published": 64,  # an ISO date and time with a zone is 32
    "external_id": 500,  # another system's id: a number, a UUID, a URN, a path
}
# The other fields of a record (tags, authors, a desk), which are kept as metadata: each
# field as JSON, and all of them together.
MAX_METADATA_FIELD_CHARS = 10_000
MAX_METADATA_CHARS = 100_000


@dataclass
class Document:
    title: str
    text: str
    origin: str  # where it came from, for messages: "feed.jsonl line 3"
    url: str | None = None
    source: str | None = None
    published: str | None = None
    external_id: str | None = None
    metadata: dict = field(default_factory=dict)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass
class Rejection:
    origin: str
    reason: str
    field: str | None = None  # the record's field at fault, when one is

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}"


@dataclass
class Outcome:
    document: Document
    article_id: int
    stored: bool  # False: the same text was already present
    claims: int = 0


def admit(document: Document) -> Document | Rejection:
    """The document, or a Rejection naming the first field past its limit or holding what
    the database cannot keep. Every reader passes what it made through here."""
    fields = {name: value for name in ("title", "text", "url", *LIMITS) if (value := getattr(document, name)) is not None}
    if fault := unstorable(fields | document.metadata):
        place, what = fault
        return Rejection(document.origin, f"field '{place}' holds {what}", place)
    for name, limit in LIMITS.items():
        if len(fields.get(name, "")) > limit:
            return Rejection(document.origin, f"field '{name}' has {len(fields[name]):,} characters; "
                                              f"it may have at most {limit:,}", name)
    sizes = {name: len(json.dumps({name: value}, ensure_ascii=False)) for name, value in document.metadata.items()}
    for name, size in sizes.items():
        if size > MAX_METADATA_FIELD_CHARS:
            return Rejection(document.origin, f"field '{name}' has {size:,} characters as JSON; a field kept as "
                                              f"metadata may have at most {MAX_METADATA_FIELD_CHARS:,}", name)
    if sum(sizes.values()) > MAX_METADATA_CHARS:
        return Rejection(document.origin, f"the fields kept as metadata have {sum(sizes.values()):,} characters "
                                          f"together as JSON; they may have at most {MAX_METADATA_CHARS:,}")
    return document


def headline(line: str) -> str:
    """A title taken from the text (a file's first line, a page's heading), which nobody wrote
    to be one: cut at a word to the title's limit rather than refused, as the text is kept whole."""
    if len(line) <= LIMITS["title"]:
        return line
    return line[:LIMITS["title"] - 1].rsplit(None, 1)[0] + "\u2026"
