"""Blocks and sentences with character offsets into the original text.

A full sentence splitter over the whole article is the slowest step of
extraction, and only sentences holding a figure matter. So the text is cut into
blocks (paragraphs, headlines, table rows) with one regular expression, blocks
without anything number-like are skipped, and the rest are split at full stops
that are not abbreviations, initials or decimal points.

News wire text is hard-wrapped ("...in\\nthe Bahia cocoa zone"): a single line
break inside a paragraph is a space, unless the line before it is short, as a
headline, sub-heading or table row is, and the next line does not carry on in
lowercase.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# A blank line, or a line break before an indented line (wire-service paragraphs).
HARD_BREAK = re.compile(r"\n[ \t]*\n\s*|\n(?=[ \t]+\S)")
SHORT_LINE = 40
# A short line that stops mid-phrase carries on: 'Hong Kong recorded a 3.51 billion' / 'H.K. Dlr deficit'.
CARRIES_ON = re.compile(r"(?:\b(?:billion|million|mln|bln|a|an|the|of|to|from|and|by|with)|,)$", re.IGNORECASE)
# A full stop, question or exclamation mark, with closing quotes or brackets, before
# the next sentence's capital, digit or opening quote. Tried only where a run of marks
# starts: a try inside the run ends where one from its start does, and trying from every
# mark of a run of dots read the rest of the run each time. Text copied from web pages often
# loses the space between sentences ('the Kenyatta administration.While Mudavadi'): a mark
# between a lowercase word and a capitalised one ends a sentence too.
SENTENCE_END = re.compile(
    r"(?<![.!?])[.!?](?:(?<=[a-z]{2}.)(?=[A-Z][a-z]*[\s,;:])|[.!?]*[\"”’')\]]*(?=\s+[\"“‘'(\[]?[A-Z0-9]))")
LONGEST_SENTENCE = 1000  # characters; a longer run is read in windows (see _windows)
WORD_BEFORE = re.compile(r"[\w.&'-]*$")
ABBREVIATIONS = frozenset("""
mr mrs ms dr prof sr jr st rev gen col lt sgt capt gov sen rep pres inc ltd co corp plc bros
jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun
no nos vs v etc e.g i.e al approx est fig dept univ ave rd mt ft u.s u.k u.n e.u u.s.a
""".split())


def blocks(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each paragraph, headline or table row, trimmed of white space."""
    start = 0
    for brk in HARD_BREAK.finditer(text):
        yield from _split_short_lines(text, start, brk.start())
        start = brk.end()
    yield from _split_short_lines(text, start, len(text))


def _split_short_lines(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    line_start = start
    while True:
        newline = text.find("\n", line_start, end)
        if newline < 0:
            break
        following = text[newline + 1:newline + 2]
        line = text[line_start:newline].strip()
        if len(line) < SHORT_LINE and not following.islower() and not CARRIES_ON.search(line):
            yield from _trimmed(text, start, newline)
            start = newline + 1
        line_start = newline + 1
    yield from _trimmed(text, start, end)


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    piece = text[start:end]
    stripped = piece.strip()
    if stripped:
        first = start + piece.index(stripped[0])
        yield first, first + len(stripped)


def sentences(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence of the block text[start:end], none longer than LONGEST_SENTENCE."""
    for first, last in _marked_sentences(text, start, end):
        yield from _windows(text, first, last)


def _windows(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """A longer run of text without a sentence end, cut at white space into windows.

    Every claim carries its sentence, and the rules read a figure's sentence around it:
    one 'sentence' of 100,000 characters and 50,000 figures cost time and storage
    quadratic in its length. The longest sentence holding a figure in the BBC and
    Reuters corpora has 655 characters.
    """
    while end - start > LONGEST_SENTENCE:
        limit = start + LONGEST_SENTENCE
        cut = max(text.rfind(space, start + 1, limit + 1) for space in " \t\n")
        cut = cut if cut > start else limit  # a word longer than the window is cut anywhere
        last = cut
        while text[last - 1].isspace():
            last -= 1
        yield start, last
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        yield start, end


def _marked_sentences(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    sentence_start = start
    for stop in SENTENCE_END.finditer(text, start, end):
        if _is_abbreviation(text, sentence_start, stop.start(), stop.group()):
            continue
        yield sentence_start, stop.end()
        sentence_start = stop.end()
        while sentence_start < end and text[sentence_start].isspace():
            sentence_start += 1
    if sentence_start < end:
        yield sentence_start, end


def _is_abbreviation(text: str, sentence_start: int, stop: int, mark: str) -> bool:
    """'Mr. Smith', 'the U.S. Treasury', 'J. Smith': a full stop that ends no sentence."""
    if mark[0] != ".":
        return False
    word = WORD_BEFORE.search(text, max(sentence_start, stop - 24), stop).group()
    token = word.lower().strip(".")
    return token in ABBREVIATIONS or (len(token) == 1 and token.isalpha()) or (
        "." in token and all(len(part) == 1 and part.isalpha() for part in token.split(".")))


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Every sentence of the text, in order."""
    return [s for b in blocks(text) for s in sentences(text, *b)]
