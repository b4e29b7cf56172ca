"""Part-of relations between the claims of one sentence.

'425 of the 850 British jihadists' makes the 425 a part of the 850. A dash,
colon or 'including' after a figure introduces its breakdown: in '425 ... have
travelled to the UK – around 100 are women and 50 children' the 100 and the 50
are parts of the 425.
"""

from __future__ import annotations

import re

from .claim import Claim, is_vague
from .lexicon import DURATION_UNITS, NOUN_STOPS, PHRASE_STOPS, VALUE_VERBS, OCCASION_EVENTS, OCCASION_PARTS, OCCASION_PERIODS
from .numbers import looks_plural, singular

# 'of the', 'out of' (after a dash: '3,000 jobs - out of a total workforce of 6,500 -'), 'of a',
# 'of the total foreign debt of', with the part's noun before it
# ('39 nations out of 65', '47 recovered
# species out of nearly 2,000') and a possessor or a rank after it ('13 of the club's last 14
# games', "88 of Yugoslavia's 174 banks", '44 of the European top 50'); 'among' ('three Scots
# among the 150,000 killed'); 'in the' before a group's strength ('16 newcomers in the 46-strong
# team').
PART_NOUN = (r"(?P<noun>(?:(?!(?:and|or|but|to|from|was|were|is|are|per|a|an|the|than|against|with|for|in|on|at|by|over"
             r"|under|versus|vs|into|including|out)\b)[a-z]+\s+){1,2})?")  # a count's noun: checked to be one in link_parts
WHOLE_HEDGE = r"(?:(?:nearly|almost|about|around|some|roughly|more\s+than|over|under|just\s+over|just\s+under)\s+)?"
_DETERMINER = r"(?:the|its|their|our|his|her|your|my|these)\s+"
_POSSESSOR = r"(?:the\s+)?(?:(?-i:[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)|[a-z]+)(?:['’]s|s['’])\s+"
# Words that describe the whole between its determiner and its figure ('19.8 mln of the
# outstanding 20 mln shares', '27 of the US top 50'), not ones that start a clause of their own.
_MODIFIER = r"(?:(?!(?:and|or|but|than|to|from|with|in|on|at|by|for|per|of|which|whom|whose|that|who)\b)[A-Za-z][\w'’.-]*\s+)"
OF_WHOLE = re.compile(
    rf"\s+(?:\([^)]*\)\s+)?{PART_NOUN}(?:[-–—]\s+(?=out\s))?(?:out\s+)?of\s+(?:(?:(?:{_DETERMINER}|an?\s+|{_POSSESSOR})(?:total\s+|overall\s+|entire\s+)?"
    rf"(?P<phrase>(?:[a-z]+\s+){{1,2}})of\s+|(?:{_DETERMINER}|{_POSSESSOR}){_MODIFIER}{{0,2}}|an?\s+(?:possible\s+)?|a\s+total\s+of\s+)?"
    rf"(?:(?-i:[A-Z][\w.]*)\s+(?=top\s|first\s|last\s))?(?:top\s+|first\s+|last\s+|remaining\s+)?){WHOLE_HEDGE}",
    re.IGNORECASE)
AMONG = re.compile(rf"\s+{PART_NOUN}(?:(?:were|was|are|is)\s+)?among\s+(?:the\s+|its\s+|their\s+)?{WHOLE_HEDGE}",
                   re.IGNORECASE)
# '10,000 tickets shared among 20 clubs': among whom a thing is divided, not a group it is part of.
SHARED_OUT = re.compile(r"\b(?:shar|split|divid|distribut|spread|allocat|hand|giv|award|scatter)[a-z]*\s+(?:out\s+)?"
                        r"(?:\S+\s+){0,3}$", re.IGNORECASE)
# A group's strength names the group: a few words may stand between ('16 newcomers at this level
# of competition in GB's 46-strong team').
IN_GROUP = re.compile(rf"\s+{PART_NOUN}(?:[a-z]+\s+){{0,5}}?in\s+(?:(?:the|a|an|its|their)\s+|{_POSSESSOR})", re.IGNORECASE)
STRENGTH = re.compile(r"-strong\b", re.IGNORECASE)
# '13 wins in 15 league games', '18 times out of the last 20 years' (lexicon.OCCASION_PARTS).
OCCASIONS = re.compile(r"\s+[a-z]+\s+(?P<out>out\s+of|in|from)\s+(?:(?:the|his|her|its|their|our)\s+)?"
                       r"(?:(?:last|past|first|previous|opening)\s+)?", re.IGNORECASE)
# 'around 6,000 of those', 'just £8,170 of this', '57 bills, 12 of which became law': a part of
# a figure stated just before. 'of this was cash' refers back; 'of this shipment' names a thing,
# not a figure. 'of which' or 'of whom' makes a part only after a comma: in '150,000 of which
# 140,000 relates' the figure before it is the whole.
OF_THOSE = re.compile(
    r"\s+(?:\([^)]*\)\s+)?of\s+(?:those|them|these|(?P<relative>which|whom)|(?:this|that|it)"
    r"(?!\s+(?!(?:was|were|is|are|will|would|has|have|had|came|went|could|may|might|can|in|on|at|for|from|to|by|with)\b)"
    r"[a-z]))\b", re.IGNORECASE)  # 'holds $40bn, $12bn of it in bonds'
# A comma or a dash, and perhaps a hedge, right before the part of '..., 12 of which became law'.
AFTER_COMMA = re.compile(rf"(?:,|\s[-–—])\s+{WHOLE_HEDGE}$", re.IGNORECASE)
# 'Twelve of the schools', '700,000 dlrs of the orders', 'the 32-km stretch of the link': a
# noun after 'of the' that names a figure stated before (link_to_earlier), not one that a
# figure follows ('425 of the 850', OF_WHOLE) nor one another 'of' qualifies ('of the value of').
OF_NAMED = re.compile(rf"\s+{PART_NOUN}of\s+(?:the|these|those|its|their|this|that)\s+(?P<phrase>[\w'’-]+(?:\s+[\w'’-]+){{0,4}})",
                      re.IGNORECASE)
NAMED_WORDS_AT_MOST = 3  # 'of its Bundesbank cash deposits': the head ends a phrase of a few words
# 'Of the complaints, 640 concerned delays and 410 staff conduct; the rest ...': a fronted group
# with no figure of its own, and where its list ends.
FRONTED_NAMED = re.compile(r"^\W*(?:(?:and|but)\s+)?of\s+(?:the|these|those)\s+(?P<phrase>[^\d,;]{1,60}),", re.IGNORECASE)
LIST_END = re.compile(r";|\s[-–—]\s")
OLD_LEVEL = re.compile(r"\b(?:from|than|against|compared\s+(?:with|to)|vs\.?|versus)\s+(?:\S+\s+){0,2}$", re.IGNORECASE)
WORD = re.compile(r"[A-Za-z]+")
NAMED_BEFORE = 40  # how far from a figure the words that name it may stand
NAMED_REACH = 20  # how many figures back a named whole is looked for, so a list of them stays linear
# A figure that is within some amount of another is no part of it: 'within 30mg of the limit'.
WITHIN = re.compile(r"\bwithin\s+(?:\S+\s+)?$", re.IGNORECASE)
AMOUNTS = ("count", "money", "measure")
MAGNITUDE = re.compile(r"(?:\d|\s)(?:mln|bln|billion|million|trillion|bn|mn)\b", re.IGNORECASE)
LARGEST_SLIP = 20  # a slip of the pen makes a figure up to ten times too large, not thousands
COMPOUND_AFTER = re.compile(r"-[a-z]")
NOT_A_WHOLE = re.compile(r"-[a-z]|\s+(?:a|per)\s+share\b", re.IGNORECASE)
ONE_OF = re.compile(r"\b(?:one|each|any|none|neither|either)\s+$", re.IGNORECASE)
RANK_BEFORE = re.compile(r"\b(?:top|number|no\.?)\s+$", re.IGNORECASE)  # 'top three hits' ranks, counts nothing
# ... or a bracket that lists sub-groups ('239 people (227 passengers and 12 crew)').
BREAKDOWN = re.compile(r"\s[–—-]\s|:\s|\b(?:including|of\s+whom|among\s+them|of\s+which)\b"
                       r"|\((?=\s*\d[\d,]*\s+[a-z]+(?:\s+[a-z]+)?\s*(?:,|and)\s+\d)", re.IGNORECASE)
ALL_BUT = re.compile(r"\ball\s+but\s+$", re.IGNORECASE)  # 'all but three of the 47 prefectures': the rest are the part
OF_WHICH = re.compile(r",\s*of\s+(?:which|whom)\s+", re.IGNORECASE)
# '39 nations out of 65 questioned were increasing their euro holdings, with 29 cutting back':
# a figure set beside a part, of its kind and with no whole of its own, is another part of that
# whole, perhaps overlapping the first (the checks weigh it alone); not one said to be more of
# something ('with 200 more to go elsewhere').
SIBLING = re.compile(r",\s*(?:with|while)\s+(?:only\s+|just\s+|a\s+further\s+)?$", re.IGNORECASE)
NOT_SIBLING = re.compile(r"\s+(?:more|others?|further|extra|elsewhere|outside)\b", re.IGNORECASE)
# A figure after these words is a change or comparison, not a member of a breakdown.
NOT_A_PART = re.compile(r"\b(?:from|to|than|by|up|down|with|for|enough|in|at)\s+(?:\S+\s+){0,4}$", re.IGNORECASE)
# A breakdown follows its marker at once ('– around 100 are women and 50 children'); a
# figure further on, or far from the previous part, belongs to another thought.
REACH = 20
GAP = 40


def link_parts(sentence: str, claims: list[tuple[int, Claim]], offset: int) -> None:
    """Set part_of (an index into the article's claim list) on the claims of one sentence.

    `claims` pairs each claim's index with the claim; `offset` is where the sentence
    starts in the article text.
    """
    # '$220m (£117m) of the $550m': the conversion in brackets is neither part nor whole.
    amounts = [(i, c) for i, c in claims if c.kind in AMOUNTS and not _in_brackets(sentence, c.span.start - offset)]
    for (i, part), (j, whole) in zip(amounts, amounts[1:]):
        between = sentence[part.span.end - offset: whole.span.start - offset]
        strength = STRENGTH.match(sentence, whole.span.end - offset)
        among = AMONG.fullmatch(between) and not SHARED_OUT.search(sentence, 0, part.span.start - offset)
        of_whole = OF_WHOLE.fullmatch(between) or (IN_GROUP.fullmatch(between) if strength else None)
        # a group's strength ('the 46-strong team') counts members of whatever the part counts;
        # 'among' says the part is in the group, whatever each counts ('200 infected among the 185,000 tested')
        if _same_kind(part, whole) and (among or of_whole and _same_noun(part, None if strength else whole.unit, of_whole.group("noun"))
                                        and not _of_others(part, of_whole)) \
                and not ALL_BUT.search(sentence, 0, part.span.start - offset) and _plausible(part, whole, sentence, offset):
            part.part_of = j
            if part.kind == "count" and part.unit is None and whole.kind in ("money", "measure"):
                part.kind = whole.kind  # '96,000 of the 120,000 tonnes': tonnes too
            part.unit = part.unit or whole.unit
        elif _occasions(part, whole, OCCASIONS.fullmatch(between)):
            part.part_of = j
    _of_which(sentence, amounts, offset)
    _siblings(sentence, amounts, offset)
    counts = [(i, c) for i, c in claims if c.kind == "count"]
    if len(counts) < 2:
        return  # a breakdown needs a figure and a part of it
    wholes = {c.part_of for _, c in counts if c.part_of is not None}
    marker = BREAKDOWN.search(sentence)
    if not marker or ONE_OF.search(sentence, 0, marker.start()):
        return  # 'eight of the trials, one of which included 1,150 plaintiffs': about the one
    before = [(i, c) for i, c in counts if c.span.end - offset <= marker.start() and i not in wholes
              and not RANK_BEFORE.search(sentence, 0, c.span.start - offset)]
    if not before:
        return
    anchor, whole = before[-1]  # the figure the marker follows
    reach_until = marker.end() + REACH
    for i, claim in counts:
        start = claim.span.start - offset
        if start < marker.end():
            continue
        if start > reach_until:
            break
        # A part names the sub-group it counts ('100 are women'), unlike the whole's.
        sub_group = claim.unit is not None and claim.unit != whole.unit
        if claim.part_of is None and sub_group and not NOT_A_PART.search(sentence, marker.end(), start) \
                and _plausible(claim, whole, sentence, offset):
            claim.part_of = anchor
        reach_until = claim.span.end - offset + GAP


def _of_which(sentence: str, amounts: list[tuple[int, Claim]], offset: int) -> None:
    """'revenues of 475.6 mln dlrs in 1986, of which 456.2 mln came from the clubs'."""
    for marker in OF_WHICH.finditer(sentence):
        before = [(i, c) for i, c in amounts if c.span.end - offset <= marker.start()]
        after = [c for _, c in amounts if marker.end() <= c.span.start - offset <= marker.end() + REACH]
        bare = after and (after[0].kind, after[0].unit) == ("count", None)  # its unit is settled later
        if before and after and after[0].part_of is None and _plausible(after[0], before[-1][1], sentence, offset) and (
                bare or (after[0].kind, after[0].unit) == (before[-1][1].kind, before[-1][1].unit)):
            after[0].part_of = before[-1][0]


def _siblings(sentence: str, amounts: list[tuple[int, Claim]], offset: int) -> None:
    for n, (_, sibling) in enumerate(amounts):
        cue = SIBLING.search(sentence, 0, sibling.span.start - offset)
        parts = [c for _, c in amounts[:n] if c.part_of is not None]
        if sibling.part_of is not None or not cue or not parts or NOT_SIBLING.match(sentence, sibling.span.end - offset):
            continue
        part = parts[-1]
        if sibling.kind == part.kind and sibling.unit in (None, part.unit) and part.span.end - offset <= cue.start():
            sibling.part_of = part.part_of
            sibling.unit = sibling.unit or part.unit


def _of_others(part: Claim, of_whole: re.Match) -> bool:
    """'40 of the employees of 3 firms': a plural noun before the second 'of' is what the part
    counts, and the figure after it counts something else ('the total foreign debt of' does not)."""
    phrase = of_whole.groupdict().get("phrase")
    return bool(phrase) and part.kind == "count" and looks_plural(phrase.split()[-1].lower())


def _same_noun(part: Claim, whole_unit: str | None, noun: str | None) -> bool:
    """With a noun after the part ('39 nations out of 65'), the whole counts the same thing:
    '90 issues of 45 issuers' says whose, and '10 billion consists of seven billion' has a verb."""
    if noun is None:
        return True
    counted = singular(noun.split()[-1].lower())
    return part.kind == "count" and counted is not None and counted == part.unit and whole_unit in (None, part.unit)


def _same_kind(part: Claim, whole: Claim) -> bool:
    """Of one kind, or the whole a bare amount that leaves the part's currency or measure unsaid
    ('10.3 billion dlrs of its total debt of 27.8 billion'), which it takes later in the paragraph;
    or the part a bare number of the whole's measure ('96,000 of the 120,000 tonnes')."""
    return part.kind == whole.kind or (whole.kind == "count" and whole.unit is None and part.kind in ("money", "measure")
                                       and bool(MAGNITUDE.search(whole.span.text)) and bool(MAGNITUDE.search(part.span.text))) \
        or (part.kind == "count" and part.unit is None and whole.kind in ("money", "measure") and part.span.text[:1].isdigit()
            and not MAGNITUDE.search(whole.span.text))


def _occasions(part: Claim, whole: Claim, between: re.Match | None) -> bool:
    """'13 wins in 15 league games': of a record of occasions, the part counts what some of them gave."""
    if between is None or part.kind != "count" or part.unit not in OCCASION_PARTS or part.value > LARGEST_SLIP * whole.value:
        return False
    return whole.unit in OCCASION_EVENTS or (whole.unit in OCCASION_PERIODS and between.group("out").lower().startswith("out"))


def _plausible(part: Claim, whole: Claim, sentence: str, offset: int) -> bool:
    """Whether the two can be a part and its whole at all. A slip of the pen makes a part up
    to ten times too large, not thousands ('68,000 lines' of '13 exchanges' count different
    things); a duration is no group, and '1.51 dlr a share' or a '32-bit' chip no whole."""
    if part.unit in DURATION_UNITS or whole.unit in DURATION_UNITS or whole.value <= 0:
        return False
    if (NOT_A_WHOLE.match(sentence, whole.span.end - offset) and not STRENGTH.match(sentence, whole.span.end - offset)) \
            or COMPOUND_AFTER.match(sentence, part.span.end - offset):
        return False  # ... nor is a 'four-door' car a part of anything
    return part.value <= LARGEST_SLIP * whole.value


def _in_brackets(sentence: str, at: int) -> bool:
    return sentence.count("(", 0, at) > sentence.count(")", 0, at)


def link_to_earlier(claims: list[Claim], new: list[int], sentences_back: int = 2) -> None:
    """'104,000 jobs would be cut, with around 6,000 of those in Wales': the 6,000 is a part
    of the nearest earlier figure of its kind that can hold it, in its own sentence or the one
    before; of the nearest if none can. 'Twelve of the schools' is a part of the nearest
    earlier figure of the schools ('The council has 40 schools')."""
    for i in new:
        claim = claims[i]
        if claim.kind not in AMOUNTS or claim.part_of is not None:
            continue
        of_those = OF_THOSE.match(claim.sentence, claim.span.end - claim.sentence_start)
        if not of_those:
            if not _link_to_named(claims, i, sentences_back):
                _link_to_fronted(claims, i, sentences_back)
            continue
        if of_those.group("relative") and not AFTER_COMMA.search(
                claim.sentence, max(0, claim.span.start - claim.sentence_start - 30), claim.span.start - claim.sentence_start):
            continue
        seen, candidates = set(), []
        for j in range(i - 1, -1, -1):
            seen.add(claims[j].sentence_start)
            if len(seen) > sentences_back:
                break
            # 'In 14,000 of those cases' after '31,000 pupils': the noun after 'those' is the whole's.
            # A vague 'hundreds of alerts' is too loose to be what 'of these' counts.
            # An amount or a measure is of one unit with its whole, where both say it: '50 km of
            # which' is no part of '5 mln barrels'; a count's noun may be the whole's ('14,000 of
            # those cases' of '31,000 pupils').
            same_unit = claim.kind == "count" or None in (claim.unit, claims[j].unit) or claim.unit == claims[j].unit
            if claims[j].kind == claim.kind and same_unit and claims[j].value != 1 and not is_vague(claims[j]) \
                    and _plausible(claim, claims[j], claims[j].sentence, claims[j].sentence_start):
                candidates.append(j)
        if candidates:
            # The nearest, unless it cannot hold the part and one before it can: 'If there are 195
            # countries and 29 have Black Hawks, 166 of them don't' (the words do not say which).
            j = next((j for j in candidates if claims[j].value >= claim.value), candidates[0])
            claim.part_of = j
            claim.unit = claim.unit or claims[j].unit


def _link_to_named(claims: list[Claim], i: int, sentences_back: int) -> bool:
    """'Twelve of the schools', '700,000 dlrs of the orders', 'the 32-km stretch of the link':
    a part of the figure stated before that the noun after 'of the' names (_link_whole).
    '200,000 shares of its common stock' says what the shares are, not whose part they are,
    and 'within 30mg of the limit' how far from it."""
    claim = claims[i]
    named = OF_NAMED.match(claim.sentence, claim.span.end - claim.sentence_start)
    if not named or (claim.kind == "count" and named.group("noun")) \
            or WITHIN.search(claim.sentence, 0, claim.span.start - claim.sentence_start):
        return False
    return _link_whole(claims, i, _phrase(named.group("phrase").split()), sentences_back, claim.span.start)


def _link_to_fronted(claims: list[Claim], i: int, sentences_back: int) -> bool:
    """'Of the complaints, 640 concerned delays and 410 staff conduct': each figure of the list a
    fronted group with no figure of its own opens is a part of the figure stated before that the
    group names (_link_whole); the list ends at a semicolon or a dash."""
    claim = claims[i]
    at = claim.span.start - claim.sentence_start
    fronted = FRONTED_NAMED.match(claim.sentence)
    if not fronted or fronted.end() > at or LIST_END.search(claim.sentence, fronted.end(), at):
        return False
    return _link_whole(claims, i, _phrase(fronted.group("phrase").split()), sentences_back, claim.sentence_start,
                       breakdown=True)


def _link_whole(claims: list[Claim], i: int, phrase: list[str], sentences_back: int, before: int,
                breakdown: bool = False) -> bool:
    """Link claim i to the nearest figure starting before `before`, in its own sentence or the
    one or two before it, of its kind and unit, that the phrase names (as what it counts or as
    words beside it: 'orders exceeding 1.5 mln dlrs', 'the 43-km link') and that can hold it.
    Words that name no figure name no whole: 'ten of the players' names a group the text
    never counts, and '107,000 of its shares' after 'buy up to 50,000 of its shares' other
    shares. A duration is no group ('two days of the week'), nor a level a change went from or
    one compared ('up from 980'). In a `breakdown` a count may count a kind of what the whole
    counts ('Of the complaints, 640 concerned delays')."""
    claim = claims[i]
    if not phrase or claim.unit in DURATION_UNITS:
        return False
    seen = set()
    for j in range(i - 1, max(-1, i - 1 - NAMED_REACH), -1):
        whole = claims[j]
        seen.add(whole.sentence_start)
        if len(seen) > sentences_back + 1:
            return False
        same_unit = (breakdown or claim.unit in (None, whole.unit)) if claim.kind == "count" else claim.unit == whole.unit
        if whole.span.start < before and whole.kind == claim.kind and same_unit and not is_vague(whole) \
                and whole.part_of is None and whole.value > claim.value and _names(whole, phrase) \
                and not OLD_LEVEL.search(whole.sentence, 0, whole.span.start - whole.sentence_start):
            claim.part_of = j
            claim.unit = claim.unit or whole.unit
            return True
    return False


def _phrase(words: list[str]) -> list[str]:
    """The noun phrase the words open, lowercase, up to its head ('Bundesbank cash deposits, which';
    'orders will be shipped'; 'link built on'); none for one a figure or another 'of' follows ('of
    the 850', 'of the value of'), which names no figure stated before."""
    kept = []
    for word in words[:NAMED_WORDS_AT_MOST + 1]:
        bare = word.rstrip(",;:.'’\"").lower()
        if not bare.isalpha() or bare in NOUN_STOPS or bare in PHRASE_STOPS or bare in VALUE_VERBS \
                or bare.endswith(("ed", "ing")):
            break
        kept.append(bare)
        if bare != word.lower():
            break  # a comma or a full stop ends it
    following = words[len(kept)] if len(kept) < len(words) else ""
    if len(kept) > NAMED_WORDS_AT_MOST or following.lower() == "of" or following[:1].isdigit():
        return []
    return kept


def _names(whole: Claim, phrase: list[str]) -> bool:
    """Whether a figure is one of what the phrase names: what it counts, or the phrase's words
    just before it or right after it in its sentence ('orders exceeding [1.5 mln dlrs]', 'The
    [43-km] link', 'a [950 mln dlr] loan loss provision'); 'the gold coins' are not 'two mln
    silver coins'."""
    head = singular(phrase[-1]) or phrase[-1]
    at, end = whole.span.start - whole.sentence_start, whole.span.end - whole.sentence_start
    beside = {word.lower() for word in WORD.findall(whole.sentence[max(0, at - NAMED_BEFORE):at])[-NAMED_WORDS_AT_MOST:]
              + WORD.findall(whole.sentence[end:end + NAMED_BEFORE])[:NAMED_WORDS_AT_MOST]}
    beside |= {lemma for word in beside if (lemma := singular(word))}
    if whole.kind == "count" and whole.unit == head:
        beside.add(head)
    return head in beside and all(word in beside for word in phrase[:-1])
