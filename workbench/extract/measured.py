"""What a figure measures, read from the words of its clause.

There is no parser here, so the clause is read through a table of the verbs that tie a
quantity to what it measures (lexicon.VALUE_VERBS: 'rose', 'stood at', 'employs'). The noun
phrase before such a verb is its grammatical subject: 'Inflation fell to 2.1%' measures
inflation, 'The farm covers 12,900 acres' the farm. A possessive in that phrase names the
owner, which is the subject before the thing owned: "Liberia's economy grew 2%" is
Liberia's. A figure that is the value of a noun in its own clause ('a pre-tax profit of
£3m', '40% of voters') measures that noun.

Each reading looks a bounded number of words back from the figure, so a sentence of many
figures still costs time linear in its length. A figure's readings are asked twice, for its
subject and for whether it carries one from the sentence before, so they are kept a while.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache

from . import lexicon
from .numbers import VULGAR, singular

# Words, figures (with a fraction character: '1½', '½'; a financial year: '2020/21') and the
# punctuation that ends a phrase, a dash ('--', '–', a hyphen between spaces) among it.
_YEAR = r"(?:19|20)\d\d"
WORD = re.compile(rf"[A-Za-z][\w'’&.-]*[\w]|[A-Za-z]|{_YEAR}/\d\d\b|\d(?:[\d,.]*\d)?[{VULGAR}]?%?|[{VULGAR}]|[,;:()\"“”–—]|--|(?<!\S)-(?!\S)")
DASH = frozenset(["--", "–", "—", "-"])
# A year inside a noun phrase: 'the 2016 population', 'debt service for the 2020/21 financial year'.
YEAR = re.compile(rf"{_YEAR}(?:/\d\d)?")
OPENING_MARKS = frozenset('"“(')  # before a clause's first word: '"England have won'
QUOTES = frozenset('"“”')  # inside a clause, around a name: 'The "Fresh Start" scheme has run'
# The most words read back from a figure for its verb, and for the noun phrase before a verb.
VERB_REACH = 10
PHRASE_REACH = 7
# The most characters read from a clause's start for its subject, or for what stands before a
# figure that opens it: each figure reads a bounded stretch, so a clause of many figures costs
# time linear in its length.
CLAUSE_REACH = 160


@dataclass(frozen=True)
class Measured:
    """What a figure measures, as the clause writes it; a pronoun ('it grew 7.7 pct', 'his 22
    years') names it only through the sentence before."""
    text: str
    pronoun: bool = False
    # Who holds it, when it is a verb's object: the verb's subject ('China raised rates by 0.27
    # points': China's rates).
    holder: Measured | None = None


@lru_cache(maxsize=8)
def _tokens(sentence: str) -> tuple[list[str], list[int], list[int]]:
    """A sentence's words with where each starts and ends, read once for all its figures:
    each figure's readers then take a stretch of them by bisection."""
    found = list(WORD.finditer(sentence))
    return [m.group() for m in found], [m.start() for m in found], [m.end() for m in found]


def _words(sentence: str, start: int, end: int) -> list[str]:
    """The words wholly inside sentence[start:end]."""
    words, starts, ends = _tokens(sentence)
    return words[bisect_left(starts, max(start, 0)):bisect_right(ends, end)]


def _without_asides(words: list[str]) -> list[str]:
    """The words with each closed aside and each quotation mark left out, so that a subject and
    its verb meet: 'The machine , which features a touch screen , will retail'; 'The study ,
    published in the Lancet , followed'; 'A flood -- triggered by a burst -- smashed'; 'The "
    Silver State " program allocates'. An aside still open at the end is the figure's own
    clause, and stays."""
    if "," not in words and "(" not in words and DASH.isdisjoint(words) and QUOTES.isdisjoint(words):
        return words
    kept, at = [], 0
    while at < len(words):
        word = words[at]
        if word in QUOTES:
            at += 1  # 'The "Silver State" program allocates': a name's quotes are no break
            continue
        if word == "," and at + 1 < len(words) and (words[at + 1].lower() in ("which", "who") or _participle(words[at + 1])):
            closer = ","  # ', which has a touch screen,'; ', published in the Lancet,'
        elif word in DASH:
            closer = word
        elif word == "(":
            closer = ")"  # "Norway's wholesale price index (base 1981) rose"
        else:
            kept.append(word)
            at += 1
            continue
        end = _index(words, closer, at + 1)
        if end is None:
            kept.extend(words[at:])
            break
        at = end + 1
    return kept


def _participle(word: str) -> bool:
    """'published', 'founded', 'including': a lowercase word that opens a participial aside."""
    return _ed_form(word) or (word[0].islower() and word.endswith("ing") and len(word) > 4)


def _index(words: list[str], word: str, start: int) -> int | None:
    try:
        return words.index(word, start)
    except ValueError:
        return None


def _is_name(word: str) -> bool:
    return word[:1].isupper() and word not in lexicon.FUNCTION_WORDS


def _acronym(word: str) -> bool:
    """'US', 'IT': a name, though its letters spell a common word."""
    return len(word) > 1 and word.isupper()


def _plausible(word: str, first: bool = False) -> bool:
    """Whether a word can stand in the noun phrase a figure measures: not a word of time, a
    unit, a number, a stop word or an adverb, nor a verb form after the phrase's first word."""
    lower = word.lower()
    if lower in lexicon.TIME_WORDS or word in lexicon.MONTHS or lower in lexicon.NOT_MEASURED \
            or lower in lexicon.VERB_LEAD or (lower in lexicon.NOUN_STOPS and lower not in lexicon.PHRASE_INNER
                                              and not _acronym(word)):
        return False
    return first or not (word[0].islower() and lower.endswith(("ing", "ed", "ly")))


def _possessor(word: str) -> str | None:
    """'Liberia's' -> 'Liberia', 'banks'' -> 'banks'; None for a word that owns nothing."""
    if word.endswith(("'s", "’s")):
        return None if word[:-2].lower() in lexicon.PRONOUNS else word[:-2]  # "It's": it is
    if word.endswith(("s'", "s’")) and len(word) > 2:
        return word[:-1]
    return None


def _phrase_back(words: list[str], end: int) -> list[str]:
    """The noun phrase ending before words[end]: back over nouns, adjectives, possessives and
    'of', to a determiner, a stop word or the clause's start."""
    start = end
    while start > 0 and end - start < PHRASE_REACH:
        word = words[start - 1]
        lower = word.lower()
        if lower in lexicon.DETERMINERS:
            start -= 1
            if start > 1 and words[start - 1].lower() in ("of", "for") and _head_noun(words[start - 2]):
                start -= 1  # 'the price of the oil', "the channel's share of the audience", 'debt service for the year'
                continue
            break
        if lower in lexicon.PHRASE_INNER and start < end and start - 1 > 0:
            start -= 1  # 'the price of oil', 'shares in Solidere'
            continue
        if lower in lexicon.PERSONAL_PRONOUNS and start < end:
            return []  # 'the tax rise they want is': the words after a pronoun are its verb's
        if YEAR.fullmatch(word) and start < end:
            start -= 1  # 'the 2020/21 financial year'
            continue
        if not word[0].isalpha() or (lower in lexicon.NOUN_STOPS and not _acronym(word)) or lower in lexicon.PHRASE_STOPS \
                or (lower in lexicon.VALUE_VERBS and not (start == end and _opens_phrase(words, start - 1))) \
                or (start > 1 and _ed_form(word) and words[start - 2].lower() in lexicon.AUXILIARIES):
            break  # '... have outperformed female pupils for 7 years': a verb after its auxiliary
        start -= 1
    while start < end and words[start].lower() in lexicon.PHRASE_INNER:
        start += 1  # a phrase does not open on 'of'
    return words[start:end]


def _head_noun(word: str) -> bool:
    """Whether a word before 'of' can be the head of a noun phrase: 'the price of the oil', not
    'awarded of', 'rose of'."""
    lower = word.lower()
    return word[0].isalpha() and lower not in lexicon.NOUN_STOPS and lower not in lexicon.PHRASE_STOPS \
        and lower not in lexicon.VALUE_VERBS and lower not in lexicon.DETERMINERS and _plausible(word)


def _opens_phrase(words: list[str], at: int) -> bool:
    """Whether a verb of value at words[at], the head of a phrase read back, is a noun: after a
    determiner or at the clause's start ('Imports fell', 'the cost of'), not after a noun ('The
    study cost ½ of')."""
    return at == 0 or words[at][0].isupper() or words[at - 1].lower() in lexicon.DETERMINERS \
        or not words[at - 1][0].isalpha()


def _head_first(phrase: list[str]) -> list[str]:
    """A phrase without what follows its head: a clause with its own subject ('the only tax rise
    they want') and a participle after it ('the sum invested', 'the share preferred to be
    included')."""
    for at in range(1, len(phrase)):
        if phrase[at].lower() in lexicon.PERSONAL_PRONOUNS:
            phrase = phrase[:at]
            break
    end = len(phrase)
    while end and _ed_form(phrase[end - 1]) and not phrase[end - 1].endswith("eed"):
        end -= 1  # a participle alone ('to be included was raised') names nothing
    return phrase[:end]


def _resolve(phrase: list[str]) -> Measured | None:
    """The owner in a phrase ('Liberia's economy' -> Liberia; 'the profits of Tesco' -> Tesco),
    else the phrase up to its head ('the average house price'). A pronoun names nothing here:
    its antecedent is carried from before."""
    if phrase and phrase[0].lower() in lexicon.POSSESSIVE_PRONOUNS:
        return Measured(phrase[0], pronoun=True)  # 'Its share of the audience soared': whose, the sentence before says
    phrase = _head_first(phrase)
    content = [w for w in phrase if w.lower() not in lexicon.DETERMINERS]
    if not content and phrase and phrase[-1].lower() in lexicon.PRONOUNS:
        return Measured(phrase[-1], pronoun=True)  # 'it grew 7.7 pct': named in the sentence before
    if not content or content[0].lower() in lexicon.PRONOUNS:
        return Measured(content[0], pronoun=True) if content else None
    inner = next((n for n, w in enumerate(content) if n and w.lower() in lexicon.PHRASE_INNER), len(content))
    complement = content[inner + 1:]  # 'The IPO for 17.3 million shares': the head's words are asked
    if complement and not all(_is_name(w) for w in complement):
        content = content[:inner]
    if not all(map(_plausible, content[1:])) or not _plausible(content[0], first=True):
        return None  # 'the fourth quarter', 'pct', 'currently chasing outstanding payments'
    for n, word in enumerate(phrase):
        owner = _possessor(word)
        if owner and n + 1 < len(phrase):
            words = [w for w in phrase[:n] if w.lower() not in lexicon.DETERMINERS or w.lower() == "the"]
            return Measured(" ".join([*words, owner]))
    for n, word in enumerate(phrase):
        if word.lower() in lexicon.PHRASE_INNER:
            rest = phrase[n + 1:]
            if any(map(_is_name, rest)) and all(_is_name(w) or w.lower() == "the" for w in rest):
                return Measured(" ".join(rest))
            phrase = phrase[:n]  # 'the number of people' -> 'the number', a shorter form of it
            break
    head = [w for w in phrase if w.lower() not in lexicon.DETERMINERS or w.lower() == "the"]
    if not head or head[-1].lower() in lexicon.DETERMINERS:
        return None
    return Measured(" ".join(head))


@lru_cache(maxsize=64)
def of_figure(sentence: str, figure_start: int, figure_end: int, clause_start: int, share: bool) -> Measured | None:
    """What the figure at sentence[figure_start:figure_end] measures, from the words of its
    clause (which starts at `clause_start`), or None when they do not say. A `share` (a
    percentage, a fraction) measures the phrase its 'of' names."""
    before = _without_asides(_words(sentence, max(clause_start, figure_start - 120), figure_start))
    after = _words(sentence, figure_end, figure_end + 80)
    # '40% of voters', '25% of the company's shares': a share of what follows
    if share and len(after) > 1 and after[0].lower() == "of" and not after[1][0].isdigit():
        following = _phrase_forward(after, 1)
        if following:
            found = _resolve(following)
            if found:
                return found
    position = len(before)
    while position and (before[position - 1].lower() in lexicon.FIGURE_LEAD or before[position - 1].lower() in lexicon.SPAN_LEAD) \
            and before[position - 1].lower() != "of":
        position -= 1  # 'rose to around', 'a profit of more than', 'his last two matches'
    if position and before[position - 1].lower() in lexicon.POSSESSIVE_PRONOUNS:
        return Measured(before[position - 1], pronoun=True)  # 'In his 22 years': whose, the sentence before says
    if position and before[position - 1].lower() == "of":
        measured = _phrase_back(before, position - 1)
        if measured and measured[-1].lower() not in lexicon.CHANGE_NOUNS:
            found = _resolve(measured)
            start = position - 1 - len(measured)
            if start > 0 and before[start - 1][0].isdigit():
                start -= 1  # 'had 1986 sales of'
            verb = start - 1
            if verb > 0 and before[verb].lower() in lexicon.OBJECT_MARKS:
                verb -= 1  # 'GDP rose at an annual rate of 2.4%'
            if found and verb >= 0 and verb_like(before, verb, 0):
                # 'HSBC reported profits of £9.4bn': the measure is the holder's
                holder = clause_subject(sentence, clause_start, figure_start)
                found = holder if holder and not holder.pronoun else found
            if found:
                return found
    held = _object(before, position)
    if held:
        found = _resolve(held)
        verb = position - len(held) - 1
        # the verb's subject; for an item of a list, or a verb after 'to', the clause's
        holder = (_subject_of_verb(before, verb) if verb > 0 and before[verb].lower() in lexicon.OBJECT_VERBS else None) \
            or clause_subject(sentence, clause_start, figure_start)
        if found and found.pronoun and found.text.lower() in lexicon.POSSESSIVE_PRONOUNS:
            return holder or found  # 'the German group may raise its bid to £1.5bn': its owner is the verb's subject
        return replace(found, holder=holder) if found else None
    beside = _set_beside(before, position) or _compared(before, position, after)
    if beside:
        return _resolve(beside)
    verb = _verb_back(before, position)
    return None if verb is None else _subject_of_verb(before, verb)


def _subject_of_verb(words: list[str], verb: int) -> Measured | None:
    """The noun phrase right before the verb words[verb], past the words that lead a verb."""
    subject_end = verb
    while subject_end and words[subject_end - 1].lower() in lexicon.VERB_LEAD:
        subject_end -= 1  # 'has also risen', 'was now'
    if subject_end > 1 and words[subject_end - 1].lower() in lexicon.RELATIVE_PRONOUNS:
        # 'music players that have around four gigabyte storage': what the pronoun stands for
        return _resolve(_phrase_back(words, subject_end - 1 - (words[subject_end - 2] == ",")))
    if subject_end and words[subject_end - 1].lower() in lexicon.PRONOUNS:
        # 'Nintendo said it sold 5m': the source names itself; 'In the previous year it grew 7.7 pct'
        return _source_of(words, subject_end - 1) or Measured(words[subject_end - 1], pronoun=True)
    return _resolve(_phrase_back(words, subject_end))


def _object(words: list[str], position: int, reach: int = 3) -> list[str]:
    """The object of a verb whose figure follows it after a mark (lexicon.OBJECT_MARKS):
    'put unemployment at 7.2%' -> unemployment. A list goes on after a comma or 'and' ('reduce
    hijacking by a third, home robberies by 20%'): each item is the verb's object, as the
    first is. `reach` bounds how many items back a list is read."""
    if position >= len(words) or words[position].lower() not in lexicon.OBJECT_MARKS:
        return []
    start = position
    while start > 0 and position - start < PHRASE_REACH and _in_object(words[start - 1]):
        start -= 1
    if start == 0:
        return []
    if words[start].lower() in lexicon.COMPLEMENTIZERS and words[start - 1].lower() in lexicon.REPORTING_VERBS:
        return []  # 'The survey estimates that crime fell by 10%': a clause, no object
    if start < position and words[start - 1].lower() in lexicon.OBJECT_VERBS:
        return words[start:position]
    if reach and start < position and words[start - 1] in (",", "and"):
        earlier = _mark_before(words, start - 1, {words[position].lower()})
        if earlier is not None and _object(words, earlier, reach - 1):
            return words[start:position]
    if reach and words[start - 1][0].isdigit():
        # 'increase the number of shares to over 26 mln from about 17.3 mln': the second mark
        # follows the first's figure, and is of the same object
        earlier = _mark_before(words, start - 1, lexicon.OBJECT_MARKS)
        return _object(words, earlier, reach - 1) if earlier is not None else []
    return []


def _mark_before(words: list[str], end: int, marks) -> int | None:
    """The nearest of `marks` before words[end], within a phrase's reach."""
    return next((at for at in range(end - 1, max(-1, end - 1 - PHRASE_REACH), -1) if words[at].lower() in marks), None)


def _in_object(word: str) -> bool:
    """A word an object can hold: 'the cost of the scheme', 'parking charges', 'the 2016
    population'; a verb of value among them is a noun, as the verb before them takes them."""
    lower = word.lower()
    if YEAR.fullmatch(word):
        return True
    return word[0].isalpha() and lower not in lexicon.OBJECT_VERBS and (
        lower in lexicon.DETERMINERS or lower in lexicon.PHRASE_INNER or lower not in lexicon.NOUN_STOPS)


def _set_beside(words: list[str], position: int) -> list[str]:
    """The noun phrase a figure is set beside: in a bracket after it ('more female candidates
    (243,108)'), or between commas with a change ('Exports, down 3% on the year, ...')."""
    if not position:
        return []
    lead = {word.lower() for word in words[position:]}
    if words[position - 1] == "(" and not lead:
        return _phrase_back(words, position - 1)
    if words[position - 1] == "," and lead & lexicon.APPOSITIVE_CHANGES:
        phrase = _phrase_back(words, position - 1)
        start = position - 1 - len(phrase)
        if phrase and phrase[0].lower() in ("a", "an", "per") and start > 0 and words[start - 1][0].isdigit():
            return []  # '£112 a tonne, up from £98': the rate's unit, not what is set beside
        return phrase
    return []


def _compared(words: list[str], position: int, after: list[str]) -> list[str]:
    """The noun phrase right before a figure that says by how much it exceeds another: 'states
    had firearm homicide rates 114% higher than', 'a club 36 places inferior'."""
    compared = bool(after) and after[0].lower() in lexicon.COMPARATIVES
    counted = len(after) > 1 and after[0][0].isalpha() and after[1].lower() in lexicon.COMPARATIVES  # '36 places inferior'
    if not position or not (compared or counted):
        return []
    word = words[position - 1]
    if not word[0].isalpha() or word.lower() in lexicon.NOUN_STOPS or verb_like(words, position - 1, 0) \
            or (position > 1 and words[position - 2].lower() in lexicon.AUXILIARIES):
        return []  # 'SAPS could afford 6% fewer personnel': the verb's
    return _phrase_back(words, position)


def attributive(sentence: str, figure_start: int, figure_end: int) -> Measured | None:
    """The noun an amount modifies when it stands between an article and that noun: 'a 125 mln
    dlr eurobond', 'a one-time 30 mln dlr special provision', 'a 43-page slideshow', 'a 50% tax
    on top earners'. A change ('a 1.7 pct rise') measures what changed, so it names nothing here."""
    before = _words(sentence, max(0, figure_start - 60), figure_start)
    at = len(before)
    while at and before[at - 1].lower() in lexicon.FIGURE_LEAD and before[at - 1].lower() not in lexicon.NOUN_STOPS:
        at -= 1  # 'a record', 'an estimated'
    if at and "-" in before[at - 1] and before[at - 1][0].islower():
        at -= 1  # 'a one-time'
    if not at or before[at - 1].lower() not in lexicon.ARTICLES:
        return None
    following = sentence[figure_end:figure_end + 1]
    if following == "-":  # 'a 43-page slideshow': the count's unit, then what it modifies
        figure_end = sentence.find(" ", figure_end)
        if figure_end < 0:
            return None
    elif not following.isspace():
        return None
    after = _words(sentence, figure_end, figure_end + 80)
    if not after or not after[0][0].islower() or after[0].lower() in lexicon.CHANGE_NOUNS:
        return None
    phrase = _phrase_forward(after, 0)
    return _resolve(phrase) if phrase else None


def _verb_back(words: list[str], end: int) -> int | None:
    """The index of the nearest verb of value before words[end], with only the figure's lead
    words ('to', 'by', 'at', 'a record') between it and the figure."""
    for at in range(end - 1, max(-1, end - 1 - VERB_REACH), -1):
        lower = words[at].lower()
        if lower in lexicon.VALUE_VERBS and not (at and words[at - 1].lower() in lexicon.ARTICLES | lexicon.POSSESSIVE_PRONOUNS):
            return at  # not 'for the last 7 years', 'the total': after a determiner, no verb
        if not words[at][0].isalpha() or lower not in lexicon.FIGURE_LEAD:
            return None
    return None


def _past_tense(word: str) -> bool:
    """'backed', 'said': a verb ending a phrase read forwards ('registered voters' starts with
    one, so only a word after the first is asked)."""
    return _ed_form(word) or word in lexicon.VERBS_IN_S or word in lexicon.PHRASE_STOPS


def _ed_form(word: str) -> bool:
    """'backed', 'died': a lowercase word in -ed, a verb when it follows a clause's first word."""
    return word[0].islower() and word.endswith("ed") and len(word) > 3


def _ends_plural(previous: str, lower: str) -> bool:
    """Whether a plural noun ends the phrase read forwards, the word after it being its verb:
    '97% of scientists agree'; not 'women voters', 'households in Britain', 'voters' (the end)."""
    return previous[0].islower() and _possessor(previous) is None and singular(previous.lower()) is not None \
        and singular(lower) is None \
        and lower not in lexicon.PHRASE_INNER and lower not in lexicon.DETERMINERS


def _when(words: list[str], at: int) -> bool:
    """Whether words[at] opens a phrase of time, which ends a noun phrase read forwards: 'of the
    world's electricity last year', 'in March'."""
    lower = words[at].lower()
    following = words[at + 1].lower() if at + 1 < len(words) else ""
    return lower in lexicon.TIME_WORDS or words[at] in lexicon.MONTHS \
        or (lower in lexicon.TIME_DETERMINERS and following in lexicon.TIME_WORDS)


def _phrase_forward(words: list[str], start: int) -> list[str]:
    """The noun phrase from words[start] on, up to a stop word or a verb."""
    end = start
    while end < len(words) and end - start < PHRASE_REACH:
        word = words[end]
        lower = word.lower()
        if not word[0].isalpha() or (lower in lexicon.NOUN_STOPS and lower not in lexicon.DETERMINERS) \
                or lower in lexicon.VALUE_VERBS or (end > start and _past_tense(lower)) or _when(words, end) \
                or (end > start and _ends_plural(words[end - 1], lower)):
            break  # '40% of voters backed him': the phrase ends at its verb
        end += 1
    phrase = words[start:end]
    if phrase and _possessor(phrase[-1]) is None:
        return phrase
    return []


@lru_cache(maxsize=64)
def clause_subject(sentence: str, clause_start: int, figure_start: int) -> Measured | None:
    """The grammatical subject of the clause a figure stands in after its verb: the noun
    phrase from the clause's start (past a fronted phrase, and past a source and its reporting
    verb) to the first verb. 'Turkey had the largest contingent with 900 fighters' -> Turkey;
    'The government has announced plans to cut 100,000 civil servants' -> the government."""
    words = _without_asides(_words(sentence, clause_start, min(figure_start, clause_start + CLAUSE_REACH)))
    start = _opening(words)
    for at in range(start, len(words)):
        if words[at][0].isdigit() and (at == start or " ".join(words[start:at]).lower() in lexicon.QUALIFIERS):
            start = at + 1  # 'About 100 vehicles drove in ... for 30 minutes': the vehicles
            while start < len(words) and words[start].lower() in lexicon.SCALES:
                start += 1
            continue
        if not words[at][0].isalpha() and not _in_complement(words, at, start):
            return None  # a comma or a figure before any verb: no plain subject-verb clause
        if verb_like(words, at, start):
            if any(w.lower() in lexicon.COMPLEMENTIZERS for w in words[at + 1:]):
                return None  # 'X would stop the accusation that tens of thousands of ballots are dumped'
            end = at
            while end > start and words[end - 1].lower() in lexicon.VERB_LEAD:
                end -= 1
            phrase = words[start:end]
            if len(phrase) == 1 and phrase[0].lower() in lexicon.PRONOUNS:
                return _source_of(words, start) or Measured(phrase[0], pronoun=True)
            return _resolve(phrase) if 0 < len(phrase) <= PHRASE_REACH else None
    return None


def fronted_whole(sentence: str, clause_start: int, figure_start: int) -> Measured | None:
    """The group a fronted 'Of the ...,' names, for the figure that opens the clause after it:
    'Of the full-time female pupils who wrote the exam, 69.3% passed' -> the pupils."""
    words = _words(sentence, clause_start, figure_start)
    comma = _index(words, ",", 0)
    if not words or words[0].lower() != "of" or comma is None \
            or any(w.lower() not in lexicon.FIGURE_LEAD for w in words[comma + 1:]):
        return None
    group = [w for n, w in enumerate(words[:comma]) if not (w[0].isdigit() or (
        w.lower() in lexicon.SCALES and words[n - 1][0].isdigit()))]  # 'Of the 11 companies we contacted, six'
    return _resolve(_phrase_forward(group, 1))


def fronted_owner(sentence: str, clause_start: int, figure_start: int, figure_end: int) -> Measured | None:
    """The subject of the clause a fronted phrase opens, for a figure inside that phrase: 'For
    the past 15 years, Professor Mauser has conducted research' -> Professor Mauser;
    'Non-callable for two years, the issue is rated B' -> the issue."""
    if figure_start - clause_start > CLAUSE_REACH:
        return None
    before = _words(sentence, clause_start, figure_start)
    after = _words(sentence, figure_end, figure_end + 80)[:PHRASE_REACH + 1]
    comma = _index(after, ",", 0)
    fronted = len(before) <= 3 or before[0].lower() in lexicon.FRONTED  # 'Non-callable for', 'For the past'
    if comma is None or not fronted or any(verb_like(before, at, 0) for at in range(len(before))) \
            or any(not w[0].isalpha() or verb_like(after, at, 0) for at, w in enumerate(after[:comma])):
        return None
    _, starts, _ = _tokens(sentence)
    after_comma = bisect_left(starts, figure_end) + comma + 1
    if after_comma >= len(starts):
        return None
    opens = starts[after_comma]
    found = clause_subject(sentence, opens, min(len(sentence), opens + CLAUSE_REACH))
    reports = any(w.lower() in lexicon.REPORTING_VERBS for w in _words(sentence, opens, opens + 80)[:PHRASE_REACH + 2])
    return found if found and not found.pronoun and not reports else None  # not '..., the BCC has said'


def elided_subject(sentence: str, clause_start: int, figure_start: int) -> bool:
    """Whether a clause opens on its verb, its subject left to the clause before: 'The market
    was worth $20m in 2004, but is set to be worth $1.8bn by 2009'."""
    words = _words(sentence, clause_start, min(figure_start, clause_start + CLAUSE_REACH))
    at = 0
    while at < len(words) and (words[at].lower() in lexicon.CLAUSE_OPENERS or words[at] in (",", *OPENING_MARKS)):
        at += 1
    return at < len(words) and words[at].lower() in lexicon.AUXILIARIES


def before_clause(sentence: str, clause_start: int) -> Measured | None:
    """The noun phrase that ends where a clause starts: the antecedent of the relative clause
    opening there ('The club, which has 160,000 members')."""
    words = _words(sentence, max(0, clause_start - 80), clause_start)
    return _resolve(_phrase_back(words, len(words)))


def _source_of(words: list[str], pronoun: int) -> Measured | None:
    """The source a pronoun right after its reporting verb names: 'The company said it was
    prepared to bid 33 dlrs' is the company's bid, 'Nintendo said it sold a million' Nintendo's."""
    verb = pronoun - 1 - (pronoun > 1 and words[pronoun - 1].lower() == "that")
    if verb < 1 or words[verb].lower() not in lexicon.REPORTING_VERBS \
            or words[pronoun].lower() not in lexicon.PERSONAL_PRONOUNS:
        return None
    phrase = _phrase_back(words, verb)
    found = _resolve(phrase) if phrase else None
    return found if found and not found.pronoun else None


def _in_complement(words: list[str], at: int, start: int) -> bool:
    """Whether a figure at words[at] stands in the complement of the subject's head: 'The IPO
    for 17.3 million shares was sold'."""
    return words[at][0].isdigit() and at - 1 > start and words[at - 1].lower() in lexicon.PHRASE_INNER


def counted(sentence: str, figure_end: int, unit: str) -> Measured | None:
    """What a count counts, as the sentence writes it, when nothing else names what it is
    about: 'Plans to abolish 162 quangos' -> quangos; 'two hydroelectric power plants'; 'around
    100 are women'. Not a count of times ('shared 1,100 times' is the post's)."""
    if unit in lexicon.REPEATS:
        return None
    after = _words(sentence, figure_end, figure_end + 60)[:PHRASE_REACH]
    if after and (after[0].lower() == "of" or after[0].lower() in lexicon.AUXILIARIES):
        after = after[1:]  # 'tens of thousands of ballots', 'around 100 are women'
    for at, word in enumerate(after):
        if not word[0].isalpha():
            return None
        lower = word.lower()
        if lower == unit or singular(lower) == unit:
            phrase = [w for w in after[:at + 1] if w.lower() not in lexicon.COUNT_MODIFIERS]
            return Measured(" ".join(phrase)) if all(map(_plausible, phrase)) else None
    return None


# Hedges as written before a figure, longest first, so 'at least' is read whole and its 'at'
# is not taken for a preposition that places the count.
_HEDGES = sorted((tuple(hedge.split()) for hedge in lexicon.QUALIFIERS), key=len, reverse=True)
# Words between a placing word and its count that leave the count where it is: 'on the three
# companies', 'for only two', 'to another 5,000'.
_COUNT_LEAD = (lexicon.ARTICLES | {"only", "just", "another", "all", "these", "those", "some", "each"})


def placed_count(sentence: str, figure_start: int, figure_end: int, unit: str) -> Measured | None:
    """The noun a count counts, when the words before the count place it inside a phrase
    rather than give it to the clause's subject: a preposition ('arrested for two
    misdemeanors', 'sanctions on three companies'), a list after one ('a review of 253 journal
    articles, 99 books'), 'there is' ('there have been four incidents'), or a vague count's own
    'of' ('fired thousands of rockets'); not an owned one ('its 170 stations')."""
    words = _words(sentence, max(0, figure_start - 120), figure_start)
    vague = sentence[figure_start:figure_end].lower() in lexicon.VAGUE
    if not (vague and _words(sentence, figure_end, figure_end + 4)[:1] == ["of"]) and not _placed(words, len(words), 2):
        return None
    return counted(sentence, figure_end, unit)


def _placed(words: list[str], end: int, reach: int) -> bool:
    """Whether the count after words[:end] is placed by a preposition or 'there is', itself or
    as a later item of a list the first item of which is; `reach` bounds the items read back."""
    lowered = [w.lower() for w in words[max(0, end - 4):end]]
    hedge = next((h for h in _HEDGES if tuple(lowered[-len(h):]) == h), ())
    end -= len(hedge)
    while end and words[end - 1].lower() in _COUNT_LEAD:
        end -= 1
    if not end:
        return False
    before = words[end - 1].lower()
    if before in lexicon.COUNT_PLACES:
        owner = words[end - 2].lower() if end > 1 else ""
        if before == "of":  # 'sales of 39m cases' are sales; 'consists of two parts' is the verb's
            return owner in lexicon.PARTITIVES or (owner not in lexicon.AMOUNT_NOUNS and owner not in lexicon.NOUN_STOPS
                                                   and not (end > 1 and verb_like(words, end - 2, 0)))
        if before == "to" and end > 2 and (words[end - 3][0].isdigit() or words[end - 3].lower() in lexicon.UNITS_WORDS):
            return False  # 'one officer to 311 people': a ratio, whose terms are the ratio's
        return owner not in lexicon.PARTICLE_VERBS  # 'pull in five million viewers'
    if before in lexicon.EXISTENTIAL:
        return "there" in (w.lower() for w in words[max(0, end - 3):end - 1])
    if reach and before in (",", "and", "or"):
        # '253 journal articles, 99 books': the item before is a figure and its noun
        item = next((at for at in range(end - 2, max(-1, end - 2 - PHRASE_REACH), -1) if not words[at][0].isalpha()), None)
        if item is None or not words[item][0].isdigit() or any(w in lexicon.MONTHS for w in words[item:end]):
            return False  # 'midnight on 1 January, 133m text messages were sent': a date, no list
        return _placed(words, item, reach - 1)
    return False


def leading_noun(sentence: str, clause_start: int, figure_start: int, figure_end: int) -> Measured | None:
    """The counted noun of a figure that opens its clause, when no holder is named: 'Six
    government units would also be scrapped' -> government units; 'More than 120 games are in
    development' -> games; 'thousands of fighters have returned' -> fighters."""
    if figure_start - clause_start > CLAUSE_REACH:
        return None
    words = _words(sentence, clause_start, figure_start)
    if any(w.lower() not in lexicon.FIGURE_LEAD and w.lower() not in lexicon.DETERMINERS
           for w in words[_opening(words):]):
        return None
    after = _words(sentence, figure_end, figure_end + 60)
    if after[:1] == ["of"]:
        after = after[1:]  # 'thousands of fighters have returned'
    for at, word in enumerate(after[:PHRASE_REACH]):
        if verb_like(after, at, 0):
            phrase = [w for w in after[:at] if w.lower() not in lexicon.COUNT_MODIFIERS]
            if phrase and all(w[0].isalpha() and w.lower() not in lexicon.NOUN_STOPS and w.lower() not in lexicon.PRONOUNS
                              for w in phrase):  # not 'Four years later he became'
                return Measured(" ".join(phrase))
            return None
    return None


def opens_clause(sentence: str, clause_start: int, figure_start: int) -> bool:
    """Whether nothing but lead words stands before the figure in its clause ('About 40% came
    from engines'): a figure that names no noun then measures what the sentence before named."""
    if figure_start - clause_start > CLAUSE_REACH:
        return False
    words = _words(sentence, clause_start, figure_start)
    return all(w.lower() in lexicon.FIGURE_LEAD or w.lower() in lexicon.DETERMINERS for w in words[_opening(words):])


def _opening(words: list[str]) -> int:
    """Where a clause's own words start: past 'and'/'but', fronted phrases up to their commas
    ('In his 22 years in the Commons, he'), and a source with its reporting verb ('Nintendo said
    (that)')."""
    start, read = 0, -1
    while start != read:  # 'In North Carolina, for example, where absentee votes can be processed'
        read = start
        while start < len(words) and (words[start].lower() in lexicon.CLAUSE_OPENERS or words[start] in OPENING_MARKS):
            start += 1  # 'And', 'However'
        if start < len(words) and words[start].lower() in lexicon.FRONTED and "," in words[start:]:
            start = words.index(",", start) + 1
        elif start < len(words) and words[start].lower() in lexicon.SUBORDINATORS:
            start += 1
    for at in range(start, min(len(words), start + PHRASE_REACH + 1)):
        lower = words[at].lower()
        if lower in lexicon.REPORTING_VERBS:
            start = at + 1 + (at + 1 < len(words) and words[at + 1].lower() == "that")
            break
        if not words[at][0].isalpha() or verb_like(words, at, start):
            break
    return start


def verb_like(words: list[str], at: int, start: int) -> bool:
    """Whether words[at] is the verb of its clause: an auxiliary, a verb of value, a verb in -s
    the lexicon knows, or a lowercase word in -ed or an irregular past form after the clause's
    first word."""
    lower = words[at].lower()
    if at and words[at - 1].lower() in lexicon.DETERMINERS and lower in lexicon.VALUE_VERBS \
            and lower not in lexicon.AUXILIARIES:
        return False  # 'Part of the surge was', 'the cost of': a noun after a determiner
    if lower in lexicon.AUXILIARIES or lower in lexicon.VALUE_VERBS or lower in lexicon.VERBS_IN_S \
            or lower in lexicon.REPORTING_VERBS:
        return True
    return at > start and (_ed_form(words[at]) or lower in lexicon.PAST_FORMS)
