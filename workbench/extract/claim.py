"""The claim record shared by extraction, checks, storage and export.

Plain dataclasses keep extraction and checks free of Flask and the database, so
they can run in a worker pool or a test without either.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

KINDS = ("count", "money", "percent", "measure", "ratio", "year", "date", "ordinal", "time", "age", "score")


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str


@dataclass
class Claim:
    span: Span
    sentence: str
    value: float | int
    low: float | int | None
    high: float | int | None
    kind: str
    approx: bool = False
    qualifier: str | None = None
    unit: str | None = None
    subject: str | None = None
    # Index of the whole in the same claim list (extraction), or a claim id once stored.
    part_of: int | None = None
    # Offsets of the containing sentence; used by rules that compare context, not exported.
    sentence_start: int = field(default=0, repr=False, compare=False)

    def to_dict(self) -> dict:
        """The claim as the DESIGN.md contract spells it (no offsets of the sentence)."""
        data = asdict(self)
        data.pop("sentence_start")
        return data


def is_vague(claim: Claim) -> bool:
    """A vague magnitude such as 'thousands': approximate with no hedge word, a span of values."""
    return claim.approx and claim.qualifier is None and claim.low != claim.high
