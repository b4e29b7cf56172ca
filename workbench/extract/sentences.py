"""Sentence boundaries with character offsets into the original text.

Lines are split first (headlines and sub-headings carry no full stop), then
pysbd splits each line; it handles abbreviations and a figure ending a sentence
("fell to 0.5. Analysts ...") where simpler splitters do not.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pysbd


@lru_cache(maxsize=1)
def _segmenter() -> pysbd.Segmenter:
    return pysbd.Segmenter(language="en", clean=False)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return (start, end) of each sentence, trimmed of surrounding whitespace."""
    bounds = []
    for line in re.finditer(r"[^\n]+", text):
        cursor = line.start()
        for piece in _segmenter().segment(line.group()):
            stripped = piece.strip()
            if not stripped:
                continue
            start = text.index(stripped, cursor)
            end = start + len(stripped)
            bounds.append((start, end))
            cursor = end
    return bounds
