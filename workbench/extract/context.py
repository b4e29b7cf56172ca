"""Read a figure's surroundings: its hedge word, what it counts, whom it is about.

No library does this part (see the extraction research), so these are small,
named rules over the words next to the figure. Each takes the sentence and the
figure's offsets within it and returns one field of the claim.
"""

from __future__ import annotations

import re

from . import lexicon
from .numbers import singular, tidy
from .patterns import Figure

_qualifiers = "|".join(sorted(lexicon.QUALIFIERS, key=len, reverse=True)).replace(" ", r"\s+")
QUALIFIER_BEFORE = re.compile(rf"\b({_qualifiers})\s+$", re.IGNORECASE)
SUPERLATIVE = re.compile(rf"\bthe\s+({'|'.join(lexicon.SUPERLATIVES)})\b", re.IGNORECASE)
CLAUSE_BREAK = re.compile(r"[,;:–—]|\s-\s")
PROPER = r"(?:[A-Z][\w'’.-]*)(?:\s+(?:of\s+)?[A-Z][\w'’.-]*)*"
PLACE_AFTER = re.compile(rf"\b(?:to|in|from|for)\s+((?:the\s+)?{PROPER})")
SUBJECT_BEFORE = re.compile(rf"(?:^|[,;:–—]\s*)({PROPER})\s+(\w+)\b")


def clause_start(sentence: str, position: int) -> int:
    breaks = [m.end() for m in CLAUSE_BREAK.finditer(sentence, 0, position)]
    return breaks[-1] if breaks else 0


def clause_end(sentence: str, position: int) -> int:
    found = CLAUSE_BREAK.search(sentence, position)
    return found.start() if found else len(sentence)


def qualifier(sentence: str, figure: Figure) -> str | None:
    """The hedge or bound word right before the figure, else a superlative in its clause."""
    hedge = QUALIFIER_BEFORE.search(sentence, max(0, figure.start - 30), figure.start)
    if hedge:
        return re.sub(r"\s+", " ", hedge.group(1).lower())
    superlative = SUPERLATIVE.search(sentence, clause_start(sentence, figure.start), figure.start)
    return superlative.group(1).lower() if superlative else None


def bounds(figure: Figure, word: str | None) -> tuple[float | int | None, float | int | None, bool]:
    """Widen the figure's bounds by its hedge: 'around 100' -> 90..110, 'more than 5' -> 5..None."""
    if word not in lexicon.QUALIFIERS:
        return figure.low, figure.high, figure.approx
    low_factor, high_factor, approx = lexicon.QUALIFIERS[word]
    low = None if low_factor is None else tidy(figure.low * low_factor)
    high = None if high_factor is None else tidy(figure.high * high_factor)
    return low, high, approx or figure.approx


def counted_noun(sentence: str, figure: Figure, title_case: bool) -> tuple[str | None, list[str]]:
    """What a count counts, as a singular lowercase lemma, with the words modifying it.

    '900 fighters' -> fighter; '5,600 former ISIS members' -> member, [former, ISIS];
    'around 100 are women' -> woman; 'thousands of fighters' -> fighter.
    """
    if re.search(r"\bpopulation\s+of\s+$", sentence[: figure.start], re.IGNORECASE):
        return "person", []
    rest = sentence[figure.end:]
    if figure.approx:  # a vague word: 'thousands of fighters'
        rest = re.sub(r"^\s+of\s+(?:the\s+)?", " ", rest, flags=re.IGNORECASE)
    rest = re.sub(r"^\s+(?:are|were)\s+(?=\w)", " ", rest)
    modifiers: list[str] = []
    for word in re.findall(r"[\w'’-]+|[^\w\s]", rest)[:5]:
        lower = word.lower()
        if not re.match(r"\w", word) or lower in lexicon.NOUN_STOPS:
            break
        if len(word) > 1 and word.isupper():
            modifiers.append(word)
            continue
        candidate = lower if (title_case or word.islower()) else None
        lemma = singular(candidate) if candidate else None
        if lemma:
            return lemma, modifiers
        modifiers.append(word)
    return None, []


def subject(sentence: str, figure: Figure, modifiers: list[str], next_figure_start: int) -> str | None:
    """Who or what the figure is about, when the sentence says.

    In order: a name modifying the counted noun ('850 British jihadists'); a name
    opening the clause as the one who has the figure ('Turkey had ... 900'); a
    place the figure goes to or is in ('800 have returned to Tunisia').
    """
    names = [word for word in modifiers if word[:1].isupper() and word not in lexicon.FUNCTION_WORDS]
    if names:
        return " ".join(names)
    start = clause_start(sentence, figure.start)
    for match in SUBJECT_BEFORE.finditer(sentence, start, figure.start):
        name, verb = match.group(1), match.group(2).lower()
        if name.split()[0] not in lexicon.FUNCTION_WORDS and verb in lexicon.SUBJECT_VERBS:
            return name
    end = min(clause_end(sentence, figure.end), next_figure_start)
    place = PLACE_AFTER.search(sentence, figure.end, end)
    if place and place.group(1).split()[-1].rstrip(".") not in lexicon.MONTHS:
        return place.group(1).rstrip(".")
    return None
