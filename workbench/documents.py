"""What readers hand the importer: a document to store, or a rejection saying why not."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field


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
