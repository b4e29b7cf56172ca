"""Who or what a figure is about, when its sentence names it.

Without a trained model, names are capitalised words; the work is in telling a
name from a capitalised common word ("Shares rose"), and the subject from the
source ("Barrett claims 5,600"). A sentence-initial word counts as a name only
if the article also writes it capitalised mid-sentence, or it is an acronym, or
another capitalised word follows it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon
from .numbers import singular
from .patterns import Figure

TOKEN = r"(?:[A-Z][\w&.-]*(?:['’](?!s\b)[A-Za-z][\w&.-]*)*)"
# Name words joined by spaces, 'of', 'and' or '&'; a possessive ends the name ("Metallica's tour").
NAME = re.compile(rf"{TOKEN}(?:(?:\s+(?:of|and|&|de|du|la|von|van)\s+|[ \t]+){TOKEN})*(?:['’]s\b)?")
MID_SENTENCE_NAME = re.compile(r"[a-z0-9,;:(] ([A-Z][\w'’&.-]*)")
CLAUSE_BREAK = re.compile(
    r"[;:–—(]|\s-\s|\s[\"“]|,\s+(?:which|who|while|but|although|as|by\s+which|in\s+which|under\s+which|whereby)\b")
CORPORATE_WORD = re.compile(r" (?:Corp|Inc|Ltd|Co|Plc|PLC|plc|Group|Bank|Holdings|Corporation|Company)\b")
RELATIVE = re.compile(r",\s+(?:which|who)$")
ORGANISATION = re.compile(r"\b([A-Z][\w&.-]*)(?:\s+[A-Z][\w&.-]*)*\s+(?:Corp|Inc|Ltd|Co|Plc|PLC|plc|Group|Bank|Holdings|Corporation|Company)\b")
PREPOSITION_BEFORE = re.compile(r"\b(?:in|at|to|from|for|on|of|with|by|into|against|than|via|over)\s+(?:the\s+)?$", re.I)
SOURCE_BEFORE = re.compile(r"\b(?:according\s+to|said|says|told|quoted|cited)\s+(?:the\s+)?$", re.I)
REPORTING_AFTER = re.compile(r"^(?:'s)?\)?\s+(?:\w+\s+)?(?:said|says|claims?|claimed|told|reported|reports|estimated|estimates|believes|added|expects|forecast)\b", re.I)
SELF_REFERENCE = re.compile(r"^\W*(?:that\s+)?(?:it|its|they|their|the\s+company|the\s+group)\b", re.I)
# A name right after a figure and a few lowercase words modifies that figure's noun:
# '5,600 former ISIS members' is not what '33 countries' in the same sentence is about.
AFTER_FIGURE = re.compile(r"\d(?:[\d,.]*\d)?%?(?:\s+(?:mln|bn|billion|million))?\s+(?:[a-z]+\s+){0,2}$")
PLACE_AFTER = re.compile(rf"\b(?:to|in|from|for|at)\s+((?:the\s+)?{TOKEN}(?:[ \t]+{TOKEN})*)")
# '6.7 in Germany': a place straight after the figure is what the figure is about.
PLACE_RIGHT_AFTER = re.compile(rf"^\s+(?:\w+\s+)?(?:in|for|at)\s+((?:the\s+)?{TOKEN}(?:[ \t]+{TOKEN})*)")
PRONOUN = re.compile(r"\b(?:she|he|they|it|its|her|his|their)\b")
IN_AT_BEFORE = re.compile(r"\b(?:in|at)\s+(?:the\s+)?$", re.I)
# A sentence-initial word followed by one of these is a name ('China will provide ...'),
# unless it is a plural common noun ('Traders said', 'Shares fell').
VERB_AFTER = re.compile(r"\s+(?:will|would|could|can|may|is|was|has|had|plans|expects|wants|said|says)\b")
HAS_AFTER = re.compile(rf"\s+(?:{'|'.join(lexicon.SUBJECT_VERBS)})\b")
OWNED_NAME = re.compile(r"^\s+(?:[a-z]+\s+){0,2}[A-Z]")
DEMONYM = re.compile(r"(?:ish|ese|ian|ean|can|ench|utch|ech)$")
LOWERCASE_NEXT = re.compile(r"\s+[a-z]")
DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|our|many|most|some|all|other)\s+(?:[a-z]+\s+)?$")
POSSESSIVE_BEFORE = re.compile(rf"({TOKEN})['’]s\s+(?:[a-z]+\s+){{0,2}}$")
CORPORATE = re.compile(r"\s+(?:Ltd|Inc|Corp|Co|Plc|PLC|plc|SA|AG|NV|Group|Holdings)\.?$")
NOT_NAMES = frozenset("""
Mr Mrs Ms Dr Sir Lord Lady Prof I Monday Tuesday Wednesday Thursday Friday Saturday Sunday
President Senator Chancellor Minister Secretary Governor Chairman Chief Judge General
GDP GNP CPI RPI VAT TV PC PE CEO AGM
""".split()) | frozenset(lexicon.MONTHS)
# 'Shares in Solidere fell 15%', 'Profits at Ericsson rose': the name the sentence opens on.
OPENING_OF = re.compile(rf"^(?:The\s+)?([A-Z][a-z]+)(?:\s+[a-z]+)?\s+(?:in|at|of|for)\s+(?:the\s+)?({TOKEN}(?:[ \t]+{TOKEN})*)")
# '63% said Mr Blunkett ...', '32% thought Mr Blair ...': a poll figure is about the person named next.
POLL_VERB = re.compile(r"^,?\s+(?:[\w']+\s+){0,7}?(?:said|say|says|thought|think|believed|believe|felt|agreed|backed|wanted|voiced)\s+", re.I)


def known_names(text: str) -> frozenset[str]:
    """Capitalised words the article writes mid-sentence: its names."""
    return frozenset(_bare(word) for word in set(MID_SENTENCE_NAME.findall(text)))


@lru_cache(maxsize=4096)
def _bare(word: str) -> str:
    """'Ericsson's' -> 'Ericsson', 'Corp.' -> 'Corp'."""
    if word.endswith(("'s", "’s")):
        word = word[:-2]
    return word.rstrip(".")


def organisations(text: str) -> frozenset[str]:
    """First words of the names the article gives a corporate suffix: 'Sharon' of 'Sharon Steel Corp'.

    A company reporting its own figures is their subject; a person quoting them is a source.
    """
    if not CORPORATE_WORD.search(text):
        return frozenset()
    return frozenset(ORGANISATION.findall(text))


def _clean(name: str) -> str:
    name = _bare(name.strip())
    return CORPORATE.sub("", name)


def _candidates(sentence: str, start: int, end: int, names: frozenset[str]):
    """Names in sentence[start:end], dropping capitalised common words at the sentence start."""
    opening = len(sentence) - len(sentence.lstrip(" \t\n\"“‘'("))  # where the first word starts
    for match in NAME.finditer(sentence, start, end):
        if sentence[match.start() - 1: match.start()] == "<":
            continue  # a ticker: 'Dome Petroleum Ltd <DMP>'
        words = match.group().split()
        offset = match.start()
        while words and (_bare(words[0]) in lexicon.FUNCTION_WORDS or _bare(words[0]) in NOT_NAMES or (
                len(words) > 1 and offset <= opening and words[0] not in names
                and singular(words[0].lower()))):  # 'Veterans Simon and Garfunkel'
            offset = sentence.index(words[0], offset) + len(words[0])
            words = words[1:]
        if not words or (LOWERCASE_NEXT.match(sentence, match.end()) and (
                DEMONYM.search(words[-1]) or DETERMINER_BEFORE.search(sentence, max(0, offset - 30), offset))):
            continue  # 'a Chinese company', 'the biggest UK bank': an adjective, not a name
        sentence_initial = offset <= opening
        first = _bare(words[0])
        owner = words[0].endswith(("'s", "’s")) or HAS_AFTER.match(sentence, match.end()) or (
            VERB_AFTER.match(sentence, match.end()) and not singular(first.lower()))
        camel = any(char.isupper() for char in first[1:])  # 'YouGov', 'TransCanada'
        if sentence_initial and len(words) == 1 and first not in names and not first.isupper() and not (owner or camel):
            continue
        yield sentence.index(words[0], offset), match.end(), " ".join(words)


def subject(sentence: str, figure: Figure, modifiers: list[str], next_figure_start: int,
            names: frozenset[str], companies: frozenset[str] = frozenset()) -> str | None:
    """In order: a name modifying the counted noun ('850 British jihadists'); the first
    name in the figure's clause that is neither a source nor inside another figure's
    noun phrase nor after a preposition, the one nearest the figure ('In the UK, BT has
    3.3 million'; 'Horizon rose 23p while Bass dipped 13p'); a place the
    figure goes to or is in ('800 have returned to Tunisia'); a name after a
    preposition ('Shares in Solidere rose 15%')."""
    modifier_names = [w for w in modifiers if w[:1].isupper() and w not in lexicon.FUNCTION_WORDS]
    if modifier_names:
        return _clean(" ".join(modifier_names))
    if figure.kind == "measure" and figure.unit in lexicon.DURATION_UNITS:
        # A duration frames an event ('in the past four years'); it is about a name only
        # when that name owns it: "Lebanon's bitter 15-year civil war".
        owner = POSSESSIVE_BEFORE.search(sentence, max(0, figure.start - 40), figure.start)
        return _clean(owner.group(1)) if owner and _is_name(owner.group(1)) else None
    end = min(next_figure_start, len(sentence))
    following_break = CLAUSE_BREAK.search(sentence, figure.end, end)
    rest = sentence[figure.end:following_break.start() if following_break else end]
    right_after = PLACE_RIGHT_AFTER.match(rest)
    if right_after and _is_name(right_after.group(1)):
        return _clean(right_after.group(1))
    poll = POLL_VERB.match(rest) if figure.kind in ("percent", "ratio") else None
    if poll:
        named = _names_before(sentence, figure.end + poll.end(), end, names)
        if named:
            return _clean(named[0][2])
    opening = OPENING_OF.match(sentence)
    if opening and opening.end() <= figure.start and _is_name(opening.group(2)) and opening.group(1) not in names:
        return _clean(opening.group(2))
    breaks = [m.end() for m in CLAUSE_BREAK.finditer(sentence, 0, figure.start)]
    clause = breaks[-1] if breaks else 0
    found = _names_before(sentence, clause, figure.start, names)
    leading = [name for after_preposition, _, name in found if not after_preposition]
    if leading:
        return _clean(leading[-1])
    reporter = _reporting_organisation(sentence, clause, figure.start, names, companies)
    if reporter:
        return _clean(reporter)
    place = PLACE_AFTER.search(rest)
    if place and _is_name(place.group(1)):
        return _clean(place.group(1))
    located = [name for _, in_at, name in found if in_at]
    if located:
        return _clean(located[0])
    relative = RELATIVE.search(sentence, 0, clause)  # 'Iran, which has a quota of 2.255 mln bpd'
    if clause and (relative or PRONOUN.search(sentence, clause, figure.start)):  # '..., as she earned $54.9m'
        earlier = [name for after_preposition, _, name in _names_before(sentence, 0, clause, names)]
        if earlier:
            return _clean(earlier[-1])

    return None


TABLE_ROW = re.compile(r"^\s*([A-Z][^\d\n]*?)[ \t]{2,}\d[\d.,]*(?:[ \t]{2,}\d[\d.,]*)*\s*$")


def row_label(sentence: str) -> str | None:
    """'Continental Grain, Westwego     1      5': a label, then figures in aligned columns."""
    row = TABLE_ROW.match(sentence) if "  " in sentence else None  # columns are aligned with spaces
    return _clean(row.group(1).strip(" ,")) if row and _is_name(row.group(1)) else None


def _is_name(text: str) -> bool:
    words = [_bare(w) for w in text.split() if w.lower() != "the"]
    return bool(words) and words[0] not in NOT_NAMES and words[-1].rstrip(".") not in NOT_NAMES


def _reporting_organisation(sentence, start, end, names, companies) -> str | None:
    """'Sharon said that ... 31.6 pct of the notes were tendered': a company's own figure."""
    for name_start, name_end, name in _candidates(sentence, start, end, names):
        if name.split()[0] in companies and REPORTING_AFTER.match(sentence[name_end:name_end + 40]):
            return name
    return None


def _names_before(sentence: str, start: int, end: int, names: frozenset[str]) -> list[tuple[bool, bool, str]]:
    """Candidate names in sentence[start:end] that are neither sources nor inside another
    figure's noun phrase, with whether a preposition, or 'in'/'at', comes before each."""
    found = []
    for name_start, name_end, name in _candidates(sentence, start, end, names):
        before, after = sentence[max(0, name_start - 40):name_start], sentence[name_end:name_end + 40]
        possessive = name.endswith(("'s", "’s"))  # 'said BT's 3.3 million customers': BT's own figure
        if (SOURCE_BEFORE.search(before) and not possessive) or AFTER_FIGURE.search(before):
            continue
        reporting = REPORTING_AFTER.match(after)
        if reporting and not SELF_REFERENCE.match(after[reporting.end():]):
            continue
        if name.endswith(("'s", "’s")) and OWNED_NAME.match(after):
            continue  # "Beirut's benchmark BLOM index": the index, not the city
        found.append((bool(PREPOSITION_BEFORE.search(before)), bool(IN_AT_BEFORE.search(before)), name))
    return found
