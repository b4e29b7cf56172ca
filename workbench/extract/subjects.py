"""Who or what a figure is about, when its sentence names it.

Without a trained model, names are capitalised words; the work is in telling a
name from a capitalised common word ("Shares rose"), and the subject from the
source ("Barrett claims 5,600"). A sentence-initial word counts as a name only
if the article also writes it capitalised mid-sentence, or it is an acronym, or
another capitalised word follows it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from . import clauses, lexicon, measured
from .numbers import singular
from .patterns import Figure

TOKEN = r"(?:[A-Z][\w&.-]*(?:['’](?!s\b)[A-Za-z][\w&.-]*)*)"
# Name words joined by spaces, 'of', 'and' or '&'; a possessive ends the name ("Metallica's tour"),
# but for a company's suffix after it ("McDonald's Corp."), which may follow a comma ('Waffle House, Inc.').
LEGAL_SUFFIX = r"(?:Inc|Corp|Ltd|Co|Plc|PLC|plc|LLC|SA|AG|NV)\b\.?"
NAME = re.compile(rf"{TOKEN}(?:(?:\s+(?:of|and|&|de|du|la|von|van)\s+|[ \t]+){TOKEN})*"
                  rf"(?:['’]s\b(?:[ \t]+{LEGAL_SUFFIX})?|,[ \t]+{LEGAL_SUFFIX})?")
# A capitalised word after a colon may be capitalised only because a clause starts there
# ('Note: Prior qtr figures'), so it is no evidence of a name.
MID_SENTENCE_NAME = re.compile(r"[a-z0-9,;(] ([A-Z][\w'’&.-]*)")
CLAUSE_BREAK = re.compile(
    r"[;:–—(]|\s-\s|\s[\"“]|,\s+(?:which|who|while|but|although|as|by\s+which|in\s+which|under\s+which|whereby)\b"
    r"|\s(?:while|whereas)\s")
CORPORATE_SUFFIX = re.compile(r"(?:Corp|Inc|Ltd|Co|Plc|PLC|plc|Group|Bank|Holdings|Corporation|Company)\b")
CORPORATE_WORD = re.compile(rf" {CORPORATE_SUFFIX.pattern}")
RELATIVE = re.compile(r",\s+(?:which|who)\b")
OPENING = re.compile(r"[ \t\n\"“‘'(]*")  # before the first word
# A clause's first word after a colon, capitalised as a sentence's is, when lowercase words
# follow it ('Note: Prior qtr figures include'), not a name set beside its figure ('Scotland 62%').
AFTER_COLON = re.compile(r":\s+$")
SPACE = re.compile(r"\s+")
# Capitalised words, and a suffix after them that may be lowercase ('plc').
CAPITALISED_RUN = re.compile(rf"\b([A-Z][\w&.-]*)(?:\s+[A-Z][\w&.-]*)*(?:\s+{CORPORATE_SUFFIX.pattern})?")
PREPOSITION_BEFORE = re.compile(r"\b(?:in|at|to|from|for|on|of|with|by|into|against|than|via|over)\s+(?:the\s+)?$", re.I)
SOURCE_BEFORE = re.compile(r"\b(?:according\s+to|said|says|told|quoted|cited)\s+(?:the\s+)?$", re.I)
# A source's reporting verb after it, past its bracketed short form ('The National Institute
# (NIESR) claims') or the comma that closes an apposition ('Spokesman for the department,
# Mlimandlela Ndamase, told Africa Check').
REPORTING_AFTER = re.compile(r"^(?:'s)?\)?(?:\s*\([^()]{1,20}\))?,?\s+(?:\w+\s+)?(?:said|says|claims?|claimed|told|reported|reports|estimated|estimates|believes|added|expects|forecast)\b", re.I)
SELF_REFERENCE = re.compile(r"^\W*(?:that\s+)?(?:it|its|they|their|the\s+company|the\s+group)\b", re.I)
# A name right after a figure and a few lowercase words modifies that figure's noun:
# '5,600 former ISIS members' is not what '33 countries' in the same sentence is about.
AFTER_FIGURE = re.compile(r"\d(?:[\d,.]*\d)?%?(?:\s+(?:mln|bn|billion|million))?\s+(?:[a-z]+\s+){0,2}$")
# A verb of saying or publishing before a preposition: what follows is where a source wrote or
# spoke ('reported in The Lancet', 'said in Parliament'), not where the figure is.
REPORTED_IN = re.compile(r"\b(?:said|says|told|reported|reports|wrote|writes|writing|published|stated|announced)\s+$", re.I)
PLACE_AFTER = re.compile(rf"\b(?:to|in|from|for|at)\s+((?:the\s+)?{TOKEN}(?:[ \t]+{TOKEN})*)")
# '6.7 in Germany': a place straight after the figure is what the figure is about.
PLACE_RIGHT_AFTER = re.compile(rf"^\s+(?:\w+\s+)?(?:in|for|at)\s+((?:the\s+)?{TOKEN}(?:[ \t]+{TOKEN})*)")
# A name listed with its figure: 'followed by Iowa with 1.030 mln acres, Minnesota with 890,000'.
NAME_WITH = re.compile(rf"\b({TOKEN}(?:[ \t]+{TOKEN})*)\s+with\s+(?:(?:{'|'.join(lexicon.HEDGES_BEFORE_WITH)})\s+)?$")
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
CORPORATE = re.compile(rf",?\s+(?:{LEGAL_SUFFIX}|(?:Group|Holdings)\.?)$")
SHARES = ("percent", "ratio")  # a share of what its 'of' names: '40% of voters'
# Kinds that modify a noun they measure: 'a 125 mln dlr eurobond', 'a 5-year effort'. A count
# modifies what it counts, which is its unit ('the 1.4m cash machines'), unless its unit is
# joined to it ('a 43-page slideshow').
ATTRIBUTIVE = ("money", "measure", "percent", "ratio")
# Pronouns whose antecedent the sentence before names; a demonstrative points at a statement.
CARRYING_PRONOUNS = lexicon.PERSONAL_PRONOUNS | lexicon.POSSESSIVE_PRONOUNS
NOT_NAMES = frozenset("""
Mr Mrs Ms Dr Sir Lord Lady Prof I Monday Tuesday Wednesday Thursday Friday Saturday Sunday
President Senator Chancellor Minister Secretary Governor Chairman Chief Judge General
GDP GNP CPI RPI VAT TV PC PE CEO AGM
""".split()) | frozenset(lexicon.MONTHS) | frozenset(lexicon.CURRENCY_CODES) \
    | {word.capitalize() for word in lexicon.PERSONAL_PRONOUNS | {"you", "i"}} \
    | {sign.strip(". ") for sign in lexicon.CURRENCY_SYMBOLS if sign[:1].isalpha()}  # "They've", 'KSh', 'Rs'
# The rest of a bracket that holds no figure but a year, closed before a figure: '(base 1981)'.
CLOSED_ASIDE = re.compile(r"(?:[^()\d]|(?:19|20)\d\d)*\)")
# A currency sign written with its amount ('KSh38 billion') is a figure, not a name.
SIGNED_AMOUNT = re.compile(rf"(?:{'|'.join(re.escape(sign.strip()) for sign in lexicon.CURRENCY_SYMBOLS)})\d")
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
    return frozenset(_first_words_of_companies(text))


def _first_words_of_companies(text: str) -> Iterator[str]:
    """Each run of capitalised words is read once: the name is its first word through the last
    word of the run that is a suffix ('Sharon Steel Corp'), and the text after the suffix is
    read on. A pattern for the name, tried from every word of a long run without a suffix,
    read the rest of the run each time."""
    position = 0
    while run := CAPITALISED_RUN.search(text, position):
        suffixes = [CORPORATE_SUFFIX.match(text, gap.end()) for gap in SPACE.finditer(text, run.start(), run.end())]
        last = next((suffix for suffix in reversed(suffixes) if suffix), None)
        if last is None:
            position = run.end()
            continue
        yield run.group(1)
        position = last.end()


def _clean(name: str) -> str:
    name = _bare(name.strip())
    return CORPORATE.sub("", name)


def _candidate(sentence: str, match: re.Match, names: frozenset[str], opening: int) -> tuple[int, int, str] | None:
    """(start, end, name) of the name a match of NAME holds, if any; `opening` is where the first word starts."""
    if sentence[match.start() - 1: match.start()] == "<":
        return None  # a ticker: 'Dome Petroleum Ltd <DMP>'
    words = match.group().split()
    offset, first = match.start(), 0
    company = CORPORATE.search(match.group()) is not None  # 'General Electric Credit Corp': a title word is the name's
    while first < len(words) and (_bare(words[first]) in lexicon.FUNCTION_WORDS
                                  or (_bare(words[first]) in NOT_NAMES and not company)
                                  or SIGNED_AMOUNT.match(words[first]) or (
            len(words) - first > 1 and offset <= opening and words[first] not in names
            and not words[first].endswith(("'s", "’s")) and singular(words[first].lower()))):  # 'Veterans Simon and Garfunkel'
        offset = sentence.index(words[first], offset) + len(words[first])
        first += 1
    words = words[first:]
    if not words or (LOWERCASE_NEXT.match(sentence, match.end()) and (
            DEMONYM.search(words[-1]) or DETERMINER_BEFORE.search(sentence, max(0, offset - 30), offset))):
        return None  # 'a Chinese company', 'the biggest UK bank': an adjective, not a name
    sentence_initial = offset <= opening or (AFTER_COLON.search(sentence, max(0, offset - 4), offset) is not None
                                             and LOWERCASE_NEXT.match(sentence, match.end()) is not None)
    first_word = _bare(words[0])
    owner = words[0].endswith(("'s", "’s")) or HAS_AFTER.match(sentence, match.end()) or (
        VERB_AFTER.match(sentence, match.end()) and not singular(first_word.lower()))
    camel = any(char.isupper() for char in first_word[1:])  # 'YouGov', 'TransCanada'
    if sentence_initial and len(words) == 1 and first_word not in names and not first_word.isupper() and not (owner or camel):
        return None
    return sentence.index(words[0], offset), match.end(), " ".join(words)


def subject(sentence: str, figure: Figure, modifiers: list[str], next_figure_start: int,
            names: frozenset[str], companies: frozenset[str] = frozenset(), counts: str | None = None) -> str | None:
    """In order: a name modifying the counted noun ('850 British jihadists'); the noun a count
    counts where a preposition places it ('arrested for two misdemeanors'); what the clause's
    words say the figure measures (measured.py: "Liberia's economy grew 2%", 'the average house
    price rose to £180,226', '40% of voters'); the group or the clause a fronted phrase names
    ('Of the pupils who sat it, 69.3% passed'; 'For 15 years, Mauser has'); the noun a figure
    opens its clause with ('Six government units would be scrapped'); the first name in the
    figure's clause that is neither a source nor inside another figure's noun phrase nor after
    a preposition, the one nearest the figure ('In the UK, BT has 3.3 million'; 'Horizon rose
    23p while Bass dipped 13p'); a place the figure goes to or is in ('800 have returned to
    Tunisia'); a name after a preposition ('Shares in Solidere rose 15%'); what a relative
    pronoun stands for ('The club, which has 160,000 members'); else the subject of the
    clause's verb ('The government has announced plans to cut 100,000 civil servants'), or of
    the clause before when this one opens on its verb ('..., but is set to be worth $1.8bn')."""
    modifier_names = [w for w in modifiers if w[:1].isupper() and w not in lexicon.FUNCTION_WORDS]
    if modifier_names:
        return _clean(" ".join(modifier_names))
    if figure.kind in ATTRIBUTIVE or sentence[figure.end:figure.end + 1] == "-":
        modified = measured.attributive(sentence, figure.start, figure.end)
        if modified and not modified.pronoun:
            return _clean(modified.text)
    placed = measured.placed_count(sentence, figure.start, figure.end, counts) if counts else None
    if placed:
        return _clean(placed.text)  # 'arrested for two misdemeanors'
    clause_break = _clause_break(sentence, figure.start)
    clause = clause_break.end() if clause_break else 0
    read = measured.of_figure(sentence, figure.start, figure.end, clause, figure.kind in SHARES)
    if read and not read.pronoun:
        holder = read.holder
        if holder and not holder.pronoun and _names_one(holder.text, names):
            return _clean(holder.text)  # 'China raised rates by 0.27 points': China's rates
        return _clean(read.text)
    whole = measured.fronted_whole(sentence, clause, figure.start) if read is None else None
    if whole and not whole.pronoun:
        return _clean(whole.text)  # 'Of the full-time female pupils who wrote the exam, 69.3% passed'
    fronted = measured.fronted_owner(sentence, clause, figure.start, figure.end) if read is None else None
    if fronted:
        return _clean(fronted.text)  # 'For the past 15 years, Professor Mauser has conducted'
    listed = NAME_WITH.search(sentence, max(0, figure.start - 60), figure.start)
    if listed and _is_name(listed.group(1)):
        return _clean(listed.group(1))  # 'Texas with 1.2 mln acres, followed by Iowa with 1.03 mln'
    owned = read is not None and read.text.lower() in lexicon.POSSESSIVE_PRONOUNS  # 'his three pledges': his
    counted = None if owned else measured.leading_noun(sentence, clause, figure.start, figure.end)
    if counted:
        return _clean(counted.text)
    if figure.kind == "measure" and figure.unit in lexicon.DURATION_UNITS:
        # A duration frames an event: it is about what owns it ("Lebanon's bitter 15-year civil
        # war"), else what its clause is about ('The IPO was sold within 10 minutes'), never a
        # place or a name the clause merely mentions.
        owner = POSSESSIVE_BEFORE.search(sentence, max(0, figure.start - 40), figure.start)
        if owner and _is_name(owner.group(1)):
            return _clean(owner.group(1))
        named = measured.clause_subject(sentence, clause, figure.start)
        return _clean(named.text) if named and not named.pronoun else None
    end = min(next_figure_start, len(sentence))
    following_break = CLAUSE_BREAK.search(sentence, figure.end, end)
    rest = sentence[figure.end:following_break.start() if following_break else end]
    right_after = PLACE_RIGHT_AFTER.match(rest)
    if right_after and _is_place(rest, right_after):
        return _clean(right_after.group(1))
    known = _sentence_names(sentence, names, companies)
    poll = POLL_VERB.match(rest) if figure.kind in ("percent", "ratio") else None
    if poll:
        named = next((n.name for n in known.scan(figure.end + poll.end(), end) if n.kept), None)
        if named:
            return _clean(named)
    opening = known.opening_of
    if opening and opening.end() <= figure.start and _is_name(opening.group(2)) and opening.group(1) not in names:
        return _clean(opening.group(2))
    leading = known.last("leading", clause, figure.start)
    if leading:
        return _clean(leading)
    reporter = known.first("reports", clause, figure.start)
    if reporter:
        return _clean(reporter)
    place = PLACE_AFTER.search(rest)
    if place and _is_place(rest, place):
        return _clean(place.group(1))
    # 'Iran, which has a quota of 2.255 mln bpd'; '..., as she earned $54.9m'
    if clause and (RELATIVE.match(sentence, clause_break.start(), clause) or
                   clauses.first_between(PRONOUN, sentence, clause, figure.start)):
        earlier = known.last("kept", 0, clause)
        if earlier:
            return _clean(earlier)
    if clause and RELATIVE.match(sentence, clause_break.start(), clause):
        antecedent = measured.before_clause(sentence, clause_break.start())
        if antecedent and not antecedent.pronoun:
            return _clean(antecedent.text)  # 'The club, which has 160,000 members'
    named = measured.clause_subject(sentence, clause, figure.start)
    if named and not named.pronoun:
        return _clean(named.text)
    if clause_break and measured.elided_subject(sentence, clause, figure.start):
        earlier = measured.clause_subject(sentence, 0, clause_break.start())  # '..., but is set to be worth $1.8bn'
        if earlier and not earlier.pronoun:
            return _clean(earlier.text)
    located = known.first("located", clause, figure.start)
    return _clean(located) if located else None


def _clause_break(sentence: str, position: int) -> re.Match | None:
    """The break that starts the clause a figure stands in, read back past an aside the clause
    has closed before the figure: a relative clause closed by a comma ('The machine, which
    features a touch screen, will retail for £99': the figure's clause is the machine's), or a
    pair of dashes ('A flood – triggered by a burst – hit two dams'); and past the bracket a
    figure stands alone in ('more female candidates (243,108) passed'), which sets it beside
    the words before it."""
    found = clauses.last_before(CLAUSE_BREAK, sentence, position)
    while found:
        opener = found.group().strip()
        if opener == "(" and (not sentence[found.end():position].strip() or CLOSED_ASIDE.match(sentence, found.end(), position)):
            # 'female candidates (243,108)'; a bracket closed before the figure, with no figure
            # in it, is an aside: 'the price index (base 1981) rose 0.5 pct'
            found = clauses.last_before(CLAUSE_BREAK, sentence, found.start())
            continue
        if RELATIVE.fullmatch(found.group()) and "," in sentence[found.end():position]:
            found = clauses.last_before(CLAUSE_BREAK, sentence, found.start())  # ', which features a touch screen, will retail'
            continue
        earlier = clauses.last_before(CLAUSE_BREAK, sentence, found.start()) if opener in measured.DASH else None
        if earlier is None or earlier.group().strip() != opener:
            return found
        found = clauses.last_before(CLAUSE_BREAK, sentence, earlier.start())  # '– triggered by a burst –'
    return None


def carries(sentence: str, figure: Figure, counts_a_noun: bool) -> bool:
    """Whether a figure with no subject of its own measures what the sentence before named:
    its clause's subject is a pronoun ('In the previous year it grew 7.7 pct'), or it opens
    its clause and counts no noun of its own ('About 40% came from engines', not 'The 15 games
    available at launch')."""
    clause_break = _clause_break(sentence, figure.start)
    clause = clause_break.end() if clause_break else 0
    read = measured.of_figure(sentence, figure.start, figure.end, clause, figure.kind in SHARES)
    if _points_back(read):
        return True  # 'He insists his three headline commitments'
    if measured.opens_clause(sentence, clause, figure.start):
        return not counts_a_noun
    return _points_back(read or measured.clause_subject(sentence, clause, figure.start))


def _points_back(named: measured.Measured | None) -> bool:
    """A personal or possessive pronoun ('it grew', 'his 22 years') names what the sentence
    before did; a demonstrative ('This compares with 13.9 pct') points at a statement."""
    return named is not None and named.pronoun and named.text.lower() in CARRYING_PRONOUNS


def counted(sentence: str, figure: Figure, unit: str) -> str | None:
    """What a count counts, as written, for a count whose sentence and the one before name
    nothing else it is about: 'Plans to abolish 162 quangos' -> quangos."""
    found = measured.counted(sentence, figure.end, unit)
    return found.text if found else None


def of_sentence(sentence: str) -> str | None:
    """What a sentence is about, for a figure of the next one to carry: the subject of its
    first clause."""
    named = measured.clause_subject(sentence, 0, len(sentence))
    return _clean(named.text) if named and not named.pronoun else None


# A column gap is read from where the spaces start, and once: a label ending inside the gap
# would end at its start, and giving back spaces before a digit finds no digit.
# Retrying every space of a long run to its end took time quadratic in the run.
TABLE_ROW = re.compile(r"^\s*([A-Z][^\d\n]*?)(?<![ \t])[ \t]{2,}+\d[\d.,]*+(?:[ \t]{2,}+\d[\d.,]*+)*\s*$")


def row_label(sentence: str) -> str | None:
    """'Continental Grain, Westwego     1      5': a label, then figures in aligned columns."""
    row = TABLE_ROW.match(sentence) if "  " in sentence else None  # columns are aligned with spaces
    return _clean(row.group(1).strip(" ,")) if row and _is_name(row.group(1)) else None


_AGAINST = "|".join(lexicon.ROW_AGAINST)
_ROW_WORD = r"[^\W\d][\w.&/'’-]*"
# A results line: a label, its figure, and what each figure is set against, with a label of
# its own or none ('Net profit 57.1 mln dlrs vs loss 69.1 mln', 'Revenue: $4.2bn').
ROW_LEAD = re.compile(rf"[ \t]*([A-Z][\w.&/'’-]*(?:[ \t]+{_ROW_WORD}){{0,4}})[ \t]*:?[ \t]+")
ROW_GAP = re.compile(rf"\s+(?:{_AGAINST})\s+(?:({_ROW_WORD}(?:[ \t]+{_ROW_WORD})?)[ \t]+)?")
ROW_END = re.compile(rf"(?:\s+(?:{_AGAINST})\s+(?:{'|'.join(lexicon.ROW_AFTER_LAST)})"
                     rf"|\s+(?:{'|'.join(lexicon.ROW_AFTER_LAST)}))?\s*\.?\s*")


def results_labels(sentence: str, figures: list[Figure]) -> list[str | None]:
    """Each figure's label where its line is a results row and nothing else: the label before
    the first figure, each later figure's own ('vs loss 69.1 mln') or else the first's.
    Such a line has no verb, so no other reader finds what its figures measure."""
    labels: list[str | None] = []
    n = 0
    while n < len(figures):
        line_start = sentence.rfind("\n", 0, figures[n].start) + 1
        line_end, last = _line_end(sentence, figures[n].end), n + 1
        while last < len(figures) and figures[last].start < line_end:
            line_end, last = max(line_end, _line_end(sentence, figures[last].end)), last + 1
        labels += _row(sentence, line_start, line_end, figures[n:last]) or [None] * (last - n)
        n = last
    return labels


def _line_end(sentence: str, position: int) -> int:
    end = sentence.find("\n", position)
    return len(sentence) if end < 0 else end


def _row(sentence: str, start: int, end: int, figures: list[Figure]) -> list[str] | None:
    lead = ROW_LEAD.fullmatch(sentence, start, figures[0].start)
    if lead is None or _has_verb(lead.group(1)):
        return None
    tail = ROW_END.fullmatch(sentence, figures[-1].end, end)
    gaps = [ROW_GAP.fullmatch(sentence, before.end, after.start) for before, after in zip(figures, figures[1:])]
    set_against = bool(gaps) or sentence[lead.end() - 2: lead.end()].strip() == ":" or (
        tail is not None and tail.group().strip(" .") != "")
    if tail is None or not all(gaps) or not set_against:
        return None
    first = _clean(lead.group(1))
    return [first, *(_clean(gap.group(1)) if gap.group(1) else first for gap in gaps)]


def _has_verb(label: str) -> bool:
    words = label.split()
    return any(measured.verb_like(words, at, 0) for at in range(len(words)))


def _names_one(text: str, names: frozenset[str]) -> bool:
    """Whether a phrase holds a name: a word the article capitalises mid-sentence, or an acronym.
    The owner of what a verb's object measures is named only so ('The Bank cut the rate')."""
    return any((_bare(word) in names or (len(word) > 1 and word.isupper())) and _bare(word) not in NOT_NAMES
               and word not in lexicon.FUNCTION_WORDS for word in text.split())


def _is_place(text: str, match: re.Match) -> bool:
    """A name a preposition places the figure in, not a demonym before its noun ('1.5 mln dlrs
    in the European market' is in a market), nor where a source wrote ('312 developed
    diabetes, researchers reported in The Lancet')."""
    return _is_name(match.group(1)) and not (DEMONYM.search(match.group(1)) and LOWERCASE_NEXT.match(text, match.end(1))) \
        and not REPORTED_IN.search(text, 0, match.start())


def _is_name(text: str) -> bool:
    words = [_bare(w) for w in text.split() if w.lower() != "the"]
    return bool(words) and words[0] not in NOT_NAMES and words[-1].rstrip(".") not in NOT_NAMES


@dataclass(frozen=True)
class _Named:
    """A candidate name, and what the subject rules ask of it."""
    name: str
    kept: bool  # neither a source nor inside another figure's noun phrase
    leading: bool  # kept, and after no preposition
    located: bool  # kept, and after 'in' or 'at'
    reports: bool  # 'Sharon said that ... 31.6 pct of the notes were tendered': a company's own figure


def _named(sentence: str, candidate: tuple[int, int, str], companies: frozenset[str]) -> _Named:
    """Read once for every figure that asks: the words around a name say what it can be the subject of."""
    name_start, name_end, name = candidate
    before, after = sentence[max(0, name_start - 40):name_start], sentence[name_end:name_end + 40]
    possessive = name.endswith(("'s", "’s"))  # 'said BT's 3.3 million customers': BT's own figure
    reporting = REPORTING_AFTER.match(after)
    kept = not (
        (SOURCE_BEFORE.search(before) and not possessive) or AFTER_FIGURE.search(before)
        or (reporting and not SELF_REFERENCE.match(after[reporting.end():]))
        or (possessive and OWNED_NAME.match(after))  # "Beirut's benchmark BLOM index": the index, not the city
    )
    after_preposition = bool(PREPOSITION_BEFORE.search(before))
    return _Named(name, kept, kept and not after_preposition, kept and bool(IN_AT_BEFORE.search(before)),
                  bool(reporting) and name.split()[0] in companies)


class _SentenceNames:
    """The candidate names of one sentence, read once for all its figures.

    A figure's subject is looked for among the names of its clause; reading them again
    for every figure made a long clause of many figures cost time quadratic in its
    length. Here each question is a bisection (see clauses.py). A name runs on past a
    figure only where the figure starts with a capital ('Thousands'); that name is read
    again up to the figure, as a scan stopping there reads it.
    """

    def __init__(self, sentence: str, names: frozenset[str], companies: frozenset[str]):
        self.sentence, self.names, self.companies = sentence, names, companies
        self.first_word = OPENING.match(sentence).end()
        self.opening_of = OPENING_OF.match(sentence)
        self.matches = list(NAME.finditer(sentence))
        self.starts = [match.start() for match in self.matches]
        self.read = [self._read(match) for match in self.matches]
        self.having = {flag: [i for i, named in enumerate(self.read) if named and getattr(named, flag)]
                       for flag in ("kept", "leading", "located", "reports")}

    def _read(self, match: re.Match) -> _Named | None:
        candidate = _candidate(self.sentence, match, self.names, self.first_word)
        return _named(self.sentence, candidate, self.companies) if candidate else None

    def scan(self, start: int, end: int) -> list[_Named]:
        """The names in sentence[start:end], read afresh."""
        return [named for named in map(self._read, NAME.finditer(self.sentence, start, end)) if named]

    def _between(self, start: int, end: int) -> tuple[int, int, list[_Named]]:
        """Indices [first, last) of the names whole in sentence[start:end] (no name spans a
        clause break), and the name that runs on past `end`, read up to it."""
        first, last = bisect_left(self.starts, start), bisect_left(self.starts, end)
        if last == first or self.matches[last - 1].end() <= end:
            return first, last, []
        return first, last - 1, self.scan(self.starts[last - 1], end)

    def first(self, flag: str, start: int, end: int) -> str | None:
        first, last, cut = self._between(start, end)
        having = self.having[flag]
        at = bisect_left(having, first)
        if at < len(having) and having[at] < last:
            return self.read[having[at]].name
        return next((named.name for named in cut if getattr(named, flag)), None)

    def last(self, flag: str, start: int, end: int) -> str | None:
        first, last, cut = self._between(start, end)
        named = next((named for named in reversed(cut) if getattr(named, flag)), None)
        if named:
            return named.name
        having = self.having[flag]
        at = bisect_left(having, last)
        return self.read[having[at - 1]].name if at and having[at - 1] >= first else None


@lru_cache(maxsize=4)
def _sentence_names(sentence: str, names: frozenset[str], companies: frozenset[str]) -> _SentenceNames:
    """A sentence's names, read once however many of its figures ask."""
    return _SentenceNames(sentence, names, companies)
