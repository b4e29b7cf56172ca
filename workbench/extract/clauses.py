"""Questions a rule asks about the text before each figure of a sentence, answered by bisection.

Where the figure's clause starts, whether a pronoun or a superlative stands in it: asked
by scanning the sentence from its start, once for every figure, these made a sentence
of many figures cost time quadratic in its length. Each pattern is run over the
sentence once instead. Matches of the whole sentence are those a scan stopping at
the figure finds, since a figure starts after a character that is no part of a word,
and no clause break, pronoun or superlative runs on into one.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache


@lru_cache(maxsize=16)
def _found(pattern: re.Pattern, sentence: str) -> tuple[list[re.Match], list[int], list[int]]:
    """The pattern's matches over the whole sentence, with their starts and ends."""
    matches = list(pattern.finditer(sentence))
    return matches, [m.start() for m in matches], [m.end() for m in matches]


def last_before(pattern: re.Pattern, sentence: str, position: int) -> re.Match | None:
    """The last match ending by `position`, as `pattern.finditer(sentence, 0, position)` ends."""
    matches, _, ends = _found(pattern, sentence)
    at = bisect_right(ends, position)
    return matches[at - 1] if at else None


def clause_start(pattern: re.Pattern, sentence: str, position: int) -> int:
    """Where the clause holding `position` starts: after the last break before it."""
    found = last_before(pattern, sentence, position)
    return found.end() if found else 0


def first_between(pattern: re.Pattern, sentence: str, start: int, end: int) -> re.Match | None:
    """The first match inside sentence[start:end], as `pattern.search(sentence, start, end)` finds."""
    matches, starts, _ = _found(pattern, sentence)
    at = bisect_left(starts, start)
    return matches[at] if at < len(matches) and matches[at].end() <= end else None


def words_back(sentence: str, end: int, count: int) -> int:
    """Where the last `count` words before `end` start: a pattern anchored at `end` that spans
    a few words need be tried only from there, not from the start of the sentence."""
    position = end
    for _ in range(count):
        while position and sentence[position - 1].isspace():
            position -= 1
        while position and not sentence[position - 1].isspace():
            position -= 1
    return position
