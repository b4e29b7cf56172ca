"""Change frames: the old and new levels of one quantity, and the rate, factor or difference
the sentence says separates them ('rose 25% to £1.2bn from £960m').

Within a clause, figures with change roles are taken in order into one frame until a role
comes again, too many words stand between two of them, or the frame is whole (old and
new) and the next rate is not set beside it (', down 12.9%') but stated anew ('and
passenger boardings rose 8.6 pct'). A frame with no new level of its own takes the level
stated just before its words ('Sales were £5m, up 10% from £4.5m'), else the level the
clause's last change went to ('rose to 24.12 billion, up 2.6 pct from 23.52 billion and
42 pct above the 16.98 billion').
"""

from __future__ import annotations

import re

from ..extract import Claim
from .lexicon import (APPOSED, APPOSED_WORDS, PARTICIPLE, ATTRIBUTIVE_BEFORE, CLAUSE_BREAK, CUES, DIRECTION, FACTOR, FACTOR_HEDGES, FACTORS, LEVEL_TIME_END, NAMED_LEVEL, NEVER_BELOW_NIL, OTHER_TIME_AFTER, RANGE,
                      RATE_ELSEWHERE_AFTER, RESTATED_TO_COMMA, RESTATEMENT_BEFORE, ROLE_GAP, SIGNED_UNITS, SIGNED_WORDS, WAY_REPEATED,
                      YEAR_EARLIER)
from .precision import DIGITS, bare, magnitude, written_alike
from .statement import AMOUNTS, FIGURES, RATE_ROLES, Frame, Role, Sentence, words

LEVEL_REACH = 25  # how far before a change's words the level it went to may stand: '8.35 mln bpd, down 7.8 pct from'
# ... and when both name one unit, nothing stands between and the level's words end on its time
# (lexicon.LEVEL_TIME_END): '171,118 tonnes of copper and alloy in calendar 1986, down from 355,652
# tonnes'; otherwise only close by: not '1.7 billion dlr charge against earnings, down from 1.56 billion'.
LEVEL_REACH_NAMED = 80
POINTED_REACH = 25  # words: '10 dlrs a barrel last summer as OPEC members increased production ..., but have since risen to'
SAID_BEFORE = 60  # how far before its first figure the words saying which way a change went may stand
_POINTING = [(cue, re.compile(cue.words, re.IGNORECASE)) for cue in CUES if cue.frame == "change" and cue.side == "pointing"]
_NAMING = [(cue, re.compile(cue.words, re.IGNORECASE)) for cue in CUES if cue.frame == "change" and cue.side == "named"]
SHORT_CUE = 3  # words: 'an increase of'; the words of a longer cue beyond these are not counted as distance
_YEAR_EARLIER = re.compile(rf"\s*{YEAR_EARLIER}", re.IGNORECASE)


def changes(sentence: Sentence, carried: Frame | None) -> tuple[list[Frame], Frame | None]:
    """The sentence's changes, and the one it leaves with a rate and a new level but no old
    one, which the next sentence may give ('That compared with €650m a year earlier'). A
    change `carried` from the sentence before takes this one's opening comparison."""
    frames: list[Frame] = []
    unfinished: list[Frame] = []
    if carried is not None and sentence.figures:
        frames += _carried_on(sentence, carried)
    for clause in sentence.clauses(CLAUSE_BREAK):
        frames += _clause_changes(sentence, clause, unfinished)
    return frames, (unfinished[-1] if unfinished else None)


def _carried_on(sentence: Sentence, frame: Frame) -> list[Frame]:
    first = sentence.figures[0]
    role = sentence.role(first, "change")
    claims = sentence.claims
    if role is None or role.name != "old" or not role.cue.reaches_back or not _alike(claims[first], claims[frame.roles["new"]]):
        return []
    frame.roles["old"], frame.cues["old"] = first, role
    frame.compared = role.cue.compares and not _YEAR_EARLIER.match(sentence.trail(first))
    return [frame]


def _clause_changes(sentence: Sentence, clause: list[int], unfinished: list[Frame]) -> list[Frame]:
    frames: list[Frame | None] = []
    current: Frame | None = None
    levels: list[int] = []  # figures with no role, each the level a later change may have gone to
    went_to: int | None = None  # the level the last change went to
    n = sentence.number[clause[0]]
    since = sentence.end(sentence.figures[n - 1]) if n else 0  # where the words of the open frame begin
    restated: set[int] = set()  # levels of the open frame restated (', or 35.5 pct of the total')

    def close() -> None:
        nonlocal current, levels, since, went_to, restated
        restated = set()
        closed = _closed(sentence, current, levels, went_to, since)
        frames.append(closed)
        if closed is None and current is not None and _unfinished(current):
            current.sign = _sign(_said(sentence, min(current.roles.values()), max(current.roles.values()), since))
            unfinished.append(current)
        if current is not None:  # '... compared with 1.52 billion last year, up from 1.01 billion': a level too
            levels, went_to = ([closed.roles["old"]] if closed and "old" in closed.roles else []), closed.roles["new"] if closed else None
            since = sentence.end(max(current.roles.values()))
        current = None

    for i in clause:
        role = sentence.role(i, "change")
        name = _role_name(sentence, i, role, current)
        if name == "rate" and current is not None and _restates_alike(sentence, i, current, restated):
            name = None  # 'to 11.3 mln shares, or 35.5 pct of the total, from 10.3 mln, or 32.8 pct'
        if name is None:
            restating = RESTATEMENT_BEFORE.search(sentence.lead(i))
            if restating or ATTRIBUTIVE_BEFORE.search(sentence.lead(i)):
                if restating and current is not None and _level_before(sentence, i) in current.roles.values():
                    restated.add(_level_before(sentence, i))
                continue  # '10.2 mln dlrs or 1.10 dlrs a share'; 'after a one mln dlr extraordinary gain' 
            if current is not None:
                close()  # 'AMC 1,198, down 50 pct, Volkswagen 2,145, down from 3,342'
            levels.append(i)
            continue
        if current is not None and _starts_anew(sentence, current, name, i, role):
            close()
        if current is None:
            current = Frame("change", cue=role.words)
        current.roles[name], current.cues[name] = i, role
        if name == "old" and "new" not in current.roles and not _goes_to_next(sentence, i):
            level = _level(sentence, current, levels, went_to)  # 'Sales were £5m, up 10% from £4.5m'
            if level is not None:
                current.roles["new"] = level
    close()
    return [frame for frame in frames if frame is not None]


def _unfinished(frame: Frame) -> bool:
    """A change with its new level and rate but no old level: 'Net profit fell 18% to €410m.'"""
    return "new" in frame.roles and "old" not in frame.roles and "elsewhere" not in frame.roles \
        and bool({"rate", "difference"} & frame.roles.keys())


def _role_name(sentence: Sentence, i: int, role: Role | None, current: Frame | None) -> str | None:
    """old, new, rate or difference; None for a figure the change does not hold."""
    if role is None or (role.cue.follows and (current is None or not _taken(current, role.cue.follows))):
        return None  # '42 pct above the 16.98 billion': a comparison only after its rate
    claim = sentence.claims[i]
    if role.name == "new" and current is not None and "old" in current.roles and not current.cues["old"].cue.moves \
            and sentence.words_between(current.roles["old"], i) <= 1:
        return None  # 'down on last season's 4.1 mln to 4.2 mln': a range, not the level it went to
    if role.name != "rate":
        return role.name
    if role.cue.follows and claim.kind != "percent":
        return None  # '305,082 dlrs, or two cts a share': a restatement, not the change's rate
    if RESTATEMENT_BEFORE.search(sentence.lead(i)) and not role.cue.follows:
        return None  # '3.23 mln, or 11.7 pct': the figure before, restated as a share
    if (claim.kind == "percent" and claim.unit == "%") or (claim.kind == "ratio" and claim.unit is None):
        after = sentence.read[sentence.end(i):sentence.end(i) + 80]
        return "elsewhere" if RATE_ELSEWHERE_AFTER.match(after) else "rate"  # 'by a third' too
    return "difference"


def _level_before(sentence: Sentence, i: int) -> int | None:
    n = sentence.number[i]
    return sentence.figures[n - 1] if n else None


def _restates_alike(sentence: Sentence, i: int, frame: Frame, restated: set[int]) -> bool:
    """A figure after a level, set beside it as the other level was restated ('from 10.3 mln
    shares, or 32.8 pct' after 'to 11.3 mln shares, or 35.5 pct of the total'), restates it too."""
    level = _level_before(sentence, i)
    return bool(restated) and level not in restated and level in frame.roles.values() \
        and frame.roles.get("rate") is None and bool(RESTATEMENT_BEFORE.search(sentence.lead(i)))


def _restatement_words(sentence: Sentence, i: int) -> int:
    """The words a level's restatement takes: its 'or', the figure, and what the figure is of, to
    the next comma ('or 4.0 pct of the total outstanding common stock,'); none of them part the
    levels of one change."""
    lead, trail = sentence.lead(i), sentence.trail(i)
    cue = RESTATEMENT_BEFORE.search(lead)
    of = RESTATED_TO_COMMA.match(trail)
    return words(lead[cue.start():] if cue else "") + words(sentence.claims[i].span.text) + words(of.group() if of else "")


def _taken(frame: Frame, roles: tuple[str, ...]) -> bool:
    """Whether the frame holds each of the roles, or one of each 'a|b'."""
    return all(any(name in frame.roles for name in role.split("|")) for role in roles)


def _starts_anew(sentence: Sentence, current: Frame, name: str, i: int, role: Role) -> bool:
    """Whether the figure begins another change than the open frame's: its role is taken, it
    stands far off (a level's restatement or the old level's time between not counted), a verb
    of change stands between ('from last night's 842p before easing to 860p'), or the frame is
    whole and the rate is not set beside it."""
    last = max(current.roles.values())
    lead = sentence.lead(i)
    before_cue = lead[:lead.rfind(role.words)] if role.cue.side == "before" and role.words in lead else lead
    # a cue of many words is no farther than a short one: 'a premium of 26.2 pct over the closing price yesterday of 158.50'
    cue_words = words(lead) - words(before_cue)
    restating = sum(_restatement_words(sentence, j) for j in sentence.figures[sentence.number[last] + 1:sentence.number[i]]
                    if RESTATEMENT_BEFORE.search(sentence.lead(j)))
    restating += words(_old_time(sentence, current, last))
    if name in current.roles or sentence.words_between(last, i) - restating - max(0, cue_words - SHORT_CUE) > ROLE_GAP:
        return True
    own = sentence.role(last, "change")  # 'a 12 pct fall to 18.1 billion': the rate's own word of change
    if own is not None and own.cue.side == "after" and current.roles.get("rate") == last \
            and before_cue.lstrip().startswith(own.words):
        before_cue = before_cue.lstrip()[len(own.words):]
    if name in ("old", "new") and last != i and DIRECTION.search(before_cue) and not WAY_REPEATED.fullmatch(before_cue):
        return True  # not 'cut by £6m to £41m, down from £35m': the way said again beside the old level
    if name in RATE_ROLES and {"old", "new"} <= current.roles.keys():
        gap = sentence.lead(i)  # ', down 12.9%' is this change's rate; ', giving a 3.2 pct rise' another's
        gap = gap[len(_old_time(sentence, current, last)):]  # 'from 4.67m a year earlier, a decline of 8%'
        return not (APPOSED.search(gap) and words(gap) <= APPOSED_WORDS and not PARTICIPLE.search(gap))
    return False


def _old_time(sentence: Sentence, frame: Frame, last: int) -> str:
    """The time the old level was of, right after it ('from 4.67m a year earlier'): part of the level."""
    since = _YEAR_EARLIER.match(sentence.trail(last)) if last == frame.roles.get("old") else None
    return since.group() if since else ""


def _goes_to_next(sentence: Sentence, old: int) -> bool:
    """'from six basis points to 10 basis points': the next figure is the level it went to."""
    n = sentence.number[old]
    if n + 1 >= len(sentence.figures):
        return False
    following = sentence.figures[n + 1]
    role = sentence.role(following, "change")
    return role is not None and role.name == "new" and sentence.words_between(old, following) <= ROLE_GAP


def _level(sentence: Sentence, frame: Frame, levels: list[int], went_to: int | None) -> int | None:
    """The level a frame with none of its own went to: the one stated just before its words,
    or the one the clause's last change went to; a comparison opened by its rate ('and 42 pct
    above the 16.98 billion') is of the latter first."""
    claims, old = sentence.claims, sentence.claims[frame.roles["old"]]
    went = went_to if went_to is not None and _alike(old, claims[went_to]) else None
    stated = _stated_level(sentence, frame, levels)
    first = claims[min(frame.roles.values())]
    found = [went, stated] if first.kind in ("percent", "ratio") else [stated, went]
    return next((j for j in found if j is not None), None)


def _stated_level(sentence: Sentence, frame: Frame, levels: list[int]) -> int | None:
    """The figure stated just before the frame's words, if it is a level of the old one's quantity."""
    first, unit = min(frame.roles.values()), sentence.claims[frame.roles["old"]].unit
    old_cue = frame.cues["old"]  # 'down on his season average of': its words set the levels apart
    cue = old_cue.words if first == frame.roles["old"] and old_cue.cue.directs else ""
    stated = [j for j in levels if j < first and len(" ".join(_before_cue(sentence.read[sentence.end(j):sentence.at(first)], cue).split()))
              <= (LEVEL_REACH_NAMED if _next_named(sentence, j, first, unit) else LEVEL_REACH)]
    if stated and _alike(sentence.claims[frame.roles["old"]], sentence.claims[stated[-1]]):
        return stated[-1]
    return None


def _before_cue(between: str, cue: str) -> str:
    """The words before the old level's cue, when the cue says which way the levels stand: its
    words are no distance ('71% was well down on his season average of 64%')."""
    at = between.rfind(cue) if cue else -1
    return between[:at] if at >= 0 else between


def _next_named(sentence: Sentence, level: int, first: int, unit: str | None) -> bool:
    """The level is the figure right before the change's words, with no role of its own; both
    name one unit; and the level's words end on its time ('... in calendar 1986, down from')."""
    claim = sentence.claims[level]
    return unit is not None and claim.unit == unit and sentence.number[first] - sentence.number[level] == 1 \
        and sentence.role(level, "change") is None and bool(LEVEL_TIME_END.search(claim.sentence, 0, sentence.at(first)))


def _closed(sentence: Sentence, frame: Frame | None, levels: list[int], went_to: int | None,
            since: int) -> Frame | None:
    """The frame if it holds a change the evaluator can weigh, with the way its own words
    (from `since`) say it went, and its factor."""
    if frame is not None and "old" not in frame.roles and "new" in frame.roles and not RATE_ROLES & frame.roles.keys():
        _pointed_back(sentence, frame)  # 'killed 78,000 people, a number that increased to 140,000'
        if "old" not in frame.roles:
            _named_back(sentence, frame)  # 'a debt of £103m, ... reducing the debt to under £25m'
    if frame is not None and {"new", "difference", "rate"} <= frame.roles.keys() and "old" not in frame.roles:
        return _by_difference(sentence, frame, since)  # 'fell 20.3 points, or 0.4%, to 4,850.2'
    if frame is not None and {"new", "difference"} <= frame.roles.keys() and not {"old", "rate"} & frame.roles.keys():
        return _risen_by(sentence, frame, since)  # 'unemployment rose 7,000 to 4.464 million'
    if frame is None or "old" not in frame.roles or "elsewhere" in frame.roles:
        return None
    claims, roles = sentence.claims, frame.roles
    first, last = min(roles.values()), max(roles.values())
    said = _said(sentence, first, last, since)
    if "new" not in roles:
        level = _level(sentence, frame, levels, went_to)
        if level is not None:
            roles["new"] = level
    if "new" not in roles or not _alike(claims[roles["old"]], claims[roles["new"]]):
        return None
    if "difference" in roles and not _difference_of(claims[roles["difference"]], claims[roles["new"]]):
        roles.pop("difference")  # 'reduced by two pence, to 27 pct from 29 pct': of something else
    if RANGE.search(said[:len(said) - (sentence.end(last) - sentence.at(roles["old"]))]):
        return None  # 'ranging from 5 to 10'
    if claims[roles["new"]].kind == "percent":
        roles.pop("rate", None)  # a rate beside rates: 'rose 10% to 5.5% from 5%' says not which
    old_role = frame.cues.get("old")
    frame.compared = bool(old_role and old_role.cue.compares and not _YEAR_EARLIER.match(sentence.trail(roles["old"])))
    frame.dated = bool(old_role and old_role.cue.compares and OTHER_TIME_AFTER.match(claims[roles["old"]].sentence, sentence.end(roles["old"])))
    frame.sign = _sign(said)
    factor = FACTOR.search(said)
    frame.factor = FACTORS[factor.group(1).lower()] if factor else None
    hedged = [(m, low, high) for hedge, low, high in FACTOR_HEDGES if factor and (m := hedge.search(said, 0, factor.start()))]
    if hedged:
        match, *frame.reach = hedged[0]
        frame.hedge = match.group().strip()
    return frame


def _by_difference(sentence: Sentence, frame: Frame, since: int) -> Frame | None:
    """A change by an amount restated as a rate (', or 0.4%,') to a new level, its old level left
    for the reader to work out: the frame if the amount is of the level's quantity and the words
    say which way. A rate stated apart may be over another period."""
    claims, roles = sentence.claims, frame.roles
    if not frame.cues["rate"].cue.follows:
        return None  # 'rose by 2.8 billion marks ... to 121.5 billion, a gain of 8.3 pct over the same month last year'
    if claims[roles["rate"]].kind != "percent" or not _difference_of(claims[roles["difference"]], claims[roles["new"]]):
        return None
    frame.sign = _sign(_said(sentence, min(roles.values()), max(roles.values()), since))
    return frame if frame.sign else None


def _risen_by(sentence: Sentence, frame: Frame, since: int) -> Frame | None:
    """A rise by an amount to a new level, its old level unsaid: the frame if the level is of a
    quantity that cannot be below nil, so the rise can be no more than the level it rose to."""
    claims, roles = sentence.claims, frame.roles
    new, difference = claims[roles["new"]], claims[roles["difference"]]
    if new.kind not in NEVER_BELOW_NIL or new.unit in SIGNED_UNITS or SIGNED_WORDS.search(sentence.read, 0, sentence.at(roles["new"])) \
            or not _difference_of(difference, new) or _smaller_unit(difference, new) \
            or (new.kind == "money" and not (_currency_written(difference) and _currency_written(new))):
        return None
    frame.sign = _sign(_said(sentence, min(roles.values()), max(roles.values()), since))
    return frame if frame.sign > 0 else None


def _currency_written(amount: Claim) -> bool:
    """'$19bn', '200 dlrs': an amount of money that says so, unlike the bare prices of a market
    report ('gained 60 cents each to 8.10', 'up 4.90 to 4.00 dlrs'), where 'to' may join a range."""
    return DIGITS.fullmatch(amount.span.text) is None


def _smaller_unit(amount: Claim, level: Claim) -> bool:
    """'gained 60 cents each to 8.10': a whole amount beside a level written in decimals, neither
    naming its unit, may be in a smaller unit than the level."""
    written = DIGITS.search(level.span.text)
    return amount.unit is None and level.unit is None and magnitude(level) == 1 and magnitude(amount) in (1, None) \
        and bool(written and written.group(1)) and "." not in amount.span.text


def _pointed_back(sentence: Sentence, frame: Frame) -> None:
    """The figure right before a new level with no old one is its old level when the words
    between point back to it (a "pointing" cue) and it has no part in a change of its own."""
    new = frame.roles["new"]
    n = sentence.number[new]
    if n == 0 or sentence.role(sentence.figures[n - 1], "change") is not None:
        return
    level = sentence.figures[n - 1]
    lead = sentence.lead(new)
    cue = next((cue for cue, pattern in _POINTING if pattern.search(lead)), None)
    if cue is not None and _alike(sentence.claims[level], sentence.claims[new]) and words(lead) <= POINTED_REACH:
        frame.roles["old"], frame.cues["old"] = level, Role(cue, lead.strip())


def _named_back(sentence: Sentence, frame: Frame) -> None:
    """'the club had a debt of £103m, ... reducing the debt to under £25m': the level the
    sentence named by the noun the change's words change, nearest first, is its old level."""
    new = frame.roles["new"]
    lead = sentence.lead(new)
    for cue, pattern in _NAMING:
        match = pattern.search(lead)
        if match is None:
            continue
        named = re.compile(rf"\b{re.escape(match.group('noun'))}{NAMED_LEVEL}", re.IGNORECASE)
        for level in reversed(sentence.figures[:sentence.number[new]]):
            if sentence.role(level, "change") is None and named.search(sentence.lead(level)) \
                    and _alike(sentence.claims[level], sentence.claims[new]):
                frame.roles["old"], frame.cues["old"] = level, Role(cue, match.group().strip())
                return


def _said(sentence: Sentence, first: int, last: int, since: int) -> str:
    """The words of a change: from its first figure back to the figure before it (whose own
    statement 'reduced equity of 23 mln dlrs' is not this one's), at most SAID_BEFORE
    characters with an aside read past counted as one, from a word's start, on to its last figure."""
    n = sentence.number[first]
    start = max(since, _back(sentence.read, sentence.at(first), SAID_BEFORE), sentence.end(sentence.figures[n - 1]) if n else 0)
    return sentence.read[_word_start(sentence.read, start, since):sentence.end(last)]


def _back(text: str, position: int, characters: int) -> int:
    """Where `characters` characters before `position` start, a run of spaces (an aside read
    past) counted as one."""
    while characters > 0 and position > 0:
        position -= 1
        while position > 0 and text[position].isspace() and text[position - 1].isspace():
            position -= 1
        characters -= 1
    return position


def _word_start(text: str, position: int, floor: int) -> int:
    """`position` moved back to the start of the word it falls in: 'increased' cut to 'eased' would read as a fall."""
    while position > floor and text[position - 1].isalnum():
        position -= 1
    return position


def _sign(said: str) -> int:
    """+1 or -1 when the words say only one way, else 0."""
    ways = {1 if m.group("rise") else -1 for m in DIRECTION.finditer(said)}
    return ways.pop() if len(ways) == 1 else 0


def _alike(old: Claim, new: Claim) -> bool:
    """Two levels of one quantity, written to one magnitude; a bare 'from 93,038' takes the unit
    of the level it went to, but not its 'billion' ('to 3,061.8 billion francs from 3,304.1'),
    and a bare number in words is no level of an amount in digits ('to 1.72 dlrs from its four
    year low of 1.55 dlrs')."""
    if not written_alike(old, new):
        return False
    if old.kind != new.kind:
        return bare(old) and new.kind in AMOUNTS
    return new.kind in FIGURES and (old.unit == new.unit or None in (old.unit, new.unit))


def _difference_of(difference: Claim, level: Claim) -> bool:
    """A difference of levels is of their kind and unit; between two rates, in points ('by 0.5
    points to 4.1% from 5.6%')."""
    if level.kind == "percent":
        return (difference.kind == "percent" and difference.unit == "pp") or (difference.kind == "count" and difference.unit == "point")
    if difference.kind == "count" and difference.unit == "point" and level.kind == "count" and level.unit is None:
        return True  # 'fell 20.3 points to 4,850.2': an index
    return difference.kind == level.kind and difference.unit in (level.unit, None)
