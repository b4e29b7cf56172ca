"""Every word the statement reader (reader.py) knows, with the role it gives a figure.

A wording the checks should read is added here as a row with an example, never as a new
branch in a rule. In an example, the figure the row is about stands in [brackets]; the
tests read every example and require that figure to take the row's role
(tests/test_checks_lexicon.py), so the examples are the lexicon's specification.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..extract.lexicon import MONTHS


# Which way a change went. One table for every rule: the verbs and nouns of change, each row
# with its sign and an example whose change only its words give a way (tests/test_checks_lexicon.py).
@dataclass(frozen=True)
class Direction:
    words: str  # a regular expression of the word's forms, matched case-insensitively
    sign: int  # +1 a rise, -1 a fall
    example: str


DIRECTION_WORDS = (
    Direction(r"r[io]se|ris(?:en|es|ing)", +1, "Profits rose from £960m to £1.2bn."),
    Direction(r"jump(?:s|ed|ing)?|leap(?:s|t|ed|ing)?", +1, "Sales jumped from 4,100 to 5,300."),
    Direction(r"climb(?:s|ed|ing)?|advanc(?:ed|ing)|mount(?:ed|ing)", +1, "The index climbed from 1,200 to 1,350."),
    Direction(r"gain(?:ed|ing)?", +1, "The shares gained from 210p to 245p."),
    Direction(r"gr[eo]w(?:s|n|ing)?|expand(?:s|ed|ing)?|swell(?:s|ed|ing)?|swollen|balloon(?:s|ed|ing)?", +1,
              "The workforce grew from 1,200 to 1,450."),
    Direction(r"increas(?:e|es|ed|ing)|multipl(?:y|ies|ied|ying)|escalat(?:e|es|ed|ing)", +1,
              "Spending increased from £40m to £45m."),
    Direction(r"soar(?:s|ed|ing)?|surg(?:e|es|ed|ing)|(?:sky)?rocket(?:s|ed|ing)?|spik(?:e|es|ed|ing)", +1,
              "Prices soared from $40 to $95."),
    Direction(r"up|higher|above|upward|revised\s+up(?:wards?)?", +1, "Output was revised up from 2.1 million to 2.3 million."),
    Direction(r"boost(?:s|ed|ing)?|rais(?:e|es|ed|ing)|lift(?:s|ed|ing)?|hik(?:e|es|ed|ing)", +1,
              "The bank lifted its stake from 10% to 12%."),
    Direction(r"widen(?:s|ed|ing)?|deepen(?:s|ed|ing)?", +1, "The deficit widened from $3.1bn to $4.5bn."),
    Direction(r"improv(?:e|es|ed|ing)|strengthen(?:s|ed|ing)?|firm(?:ed|ing)|harden(?:s|ed|ing)?", +1,
              "The dollar firmed from 1.43 marks to 1.45 marks."),
    Direction(r"rall(?:y|ied|ies|ying)|recover(?:s|ed|ing)?|rebound(?:s|ed|ing)?|bounc(?:e|es|ed|ing)\s+back", +1,
              "The shares rebounded from 95p to 120p."),
    Direction(r"accelerat(?:e|es|ed|ing)", +1, "Inflation accelerated from 2.1% to 2.6%."),
    Direction(r"doubl(?:e|es|ed|ing)|tripl(?:e|es|ed|ing)|trebl(?:e|es|ed|ing)|quadrupl(?:e|es|ed|ing)", +1,
              "The number of members doubled from 40 to 80."),
    Direction(r"premium(?=\s+(?:of|over|to|on)\b)", +1, "The offer of 200 dlrs is a 26.2 pct premium over the 158.50 dlrs closing price."),
    Direction(r"f[ae]ll(?:s|en|ing)?|drop(?:s|ped|ping)?|dip(?:s|ped|ping)?", -1, "Sales fell from 5,200 to 4,800."),
    Direction(r"declin(?:e|ed|ing)|decreas(?:e|es|ed|ing)|dwindl(?:e|es|ed|ing)|diminish(?:es|ed|ing)?|lessen(?:s|ed|ing)?",
              -1, "Membership declined from 12,000 to 9,500."),
    Direction(r"slump(?:s|ed|ing)?|plung(?:e|es|ed|ing)|plummet(?:s|ed|ing)?|tumbl(?:e|es|ed|ing)|sink(?:s|ing)?|sank|sunk"
              r"|collaps(?:e|es|ed|ing)|crash(?:es|ed|ing)?|(?:nose)?div(?:e|es|ed|ing)|dove", -1,
              "His wealth plummeted from £220m to £75m."),
    Direction(r"sl[iu]d(?:e|es|ing)?|slip(?:s|ped|ping)?|sag(?:s|ged|ging)?|eas(?:ed|ing)|soften(?:s|ed|ing)?|weaken(?:s|ed|ing)?",
              -1, "The pound eased from $1.92 to $1.89."),
    Direction(r"cut(?:s|ting)?|slash(?:es|ed|ing)?|trim(?:s|med|ming)?|reduc(?:e|es|ed|ing)|lower(?:ed|ing)?|pared", -1,
              "The firm cut its workforce from 5,200 to 4,600."),
    Direction(r"down|below|downward|revised\s+down(?:wards?)?|scaled\s+back|pull(?:s|ed|ing)?\s+back", -1,
              "Growth was revised down from 2.4% to 2.1%."),
    Direction(r"lost|los(?:e|es|ing)|shed(?:s|ding)?", -1, "The club lost members, from 900 to 700."),
    Direction(r"sh(?:rank|runk|rink(?:s|ing)?)|narrow(?:s|ed|ing)?|contract(?:ed|ing)|erod(?:e|es|ed|ing)", -1,
              "The gap narrowed from 12 points to 7 points."),
    Direction(r"retreat(?:s|ed|ing)?|reced(?:e|es|ed|ing)", -1, "The index retreated from 2,050 to 1,980."),
    Direction(r"halv(?:e|es|ed|ing)", -1, "Losses halved from $500m to $250m."),
    Direction(r"slow(?:s|ed|ing)?|decelerat(?:e|es|ed|ing)", -1, "Growth slowed from 3.2% to 2.5%."),
    Direction(r"discount(?=\s+(?:of|to|on)\b)", -1, "The offer of 300p is a 20 pct discount to the 375p share price."),
)
DIRECTIONS = {sign: "|".join(row.words for row in DIRECTION_WORDS if row.sign == sign) for sign in (+1, -1)}
# A level that cannot be below nil, so a rise by an amount is no more than the level it rose to
# ('unemployment rose 7,000 to 4.464 million', 'the budget would rise by $19bn to $419.3bn'): counts,
# measures and sums of money; not rates, temperatures or index points, nor a figure that may
# have been negative: a net figure, a balance, or what a business earned.
NEVER_BELOW_NIL = frozenset({"count", "measure", "money"})
SIGNED_UNITS = frozenset({"°C", "°F", "degree", "point"})
SIGNED_WORDS = re.compile(r"\b(?:net|balance|deficit|surplus|loss(?:es)?|minus|negative|below\s+(?:zero|nil)"
                          r"|profits?|earnings?|income|margins?|results?|returns?|cash\s+flow|equity|ebitda)\b", re.IGNORECASE)

# A noun after 'the' or before 'in'/'of' ('the nominal increase in GNP', 'The rise took') points
# to a change told elsewhere and says nothing of which way the figures beside it went; nor does
# a word that grades a change noun ('a slightly lower increase ... from 65 percent to 71 percent').
DIRECTION = re.compile(rf"(?<!\bthe )\b(?:(?P<rise>{DIRECTIONS[1]})|(?P<fall>{DIRECTIONS[-1]}))\b"
                       r"(?!\s+(?:in|of|increase|increases|rise|rises|growth|gain|gains|decrease|decreases|fall|falls"
                       r"|decline|declines|drop|drops)\b)", re.IGNORECASE)

# 'doubled to 40 from 20': a factor stands for the rate.
FACTORS = {"doubl": 2.0, "tripl": 3.0, "trebl": 3.0, "quadrupl": 4.0, "halv": 0.5}
FACTOR = re.compile(rf"\b({'|'.join(FACTORS)})(?:ed|ing|e|es)\b", re.IGNORECASE)
# A hedge before the factor word bounds how far the change went, as a multiple of the factor's
# own move: 'more than doubled' (2 or more), 'nearly halved' (a little short of half).
FACTOR_HEDGES = (
    (re.compile(r"\b(?:more\s+than|over|well\s+over)\s+$", re.IGNORECASE), 1.0, float("inf")),
    (re.compile(r"\b(?:nearly|almost|just\s+under|not\s+quite)\s+$", re.IGNORECASE), 0.9, 1.0),
    (re.compile(r"\b(?:about|around|roughly|some|approximately)\s+$", re.IGNORECASE), 0.9, 1.1),
)


@dataclass(frozen=True)
class Cue:
    """Words beside a figure that give it a role in a frame.

    `side` says where the words stand: "before" the figure (with up to three words of
    its own between: 'from the record [3.0 pct]'), "after" it ('[£125m] a year earlier'),
    "opening" the sentence before its first figure ('Of the [40] victims, ...'), or
    "pointing" back to it from the next figure's words ('[78,000] people were killed, a
    number that increased to 140,000'), or "named" by the noun a later change's words change
    ('a debt of [£103m] ... cut the debt to £25m').
    """

    frame: str  # "change" or "total"
    role: str
    words: str  # a regular expression, matched case-insensitively
    example: str
    side: str = "before"
    complete: bool = False  # a total's parts: the cue says they are all of it
    follows: tuple[str, ...] = ()  # the roles figures of the same frame must have taken before it ('a|b': either)
    reaches_back: bool = False  # a total: with no parts in its sentence, the sentence before lists them
    opens: bool = True  # parts: the cue starts a list ('including'), or only ends one another started ('the rest')
    needs_total: bool = False  # parts pointing back: only to a figure stated as a total
    reach: int = 3  # how many words of its own may stand between the cue and its figure
    moves: bool = False  # a change from one level to another ('from', 'to'), not a comparison of two
    compares: bool = False  # an old value set beside the new one, perhaps of another period or base
    directs: bool = False  # an old value the words set the new one above or below ('well down on its average of')
    adds: bool = False  # a total the sentence before added to: its one figure is enough of a part ('That took the total to')


YEAR_EARLIER = (r"(?:a\s+year\s+(?:earlier|ago|before)|the\s+(?:previous|prior)\s+year"
                r"|in\s+the\s+(?:same|year-earlier|year-ago)\s+(?:period|quarter|month)(?:\s+a\s+year\s+(?:earlier|ago))?)")
# 'The haul', 'The total payment': a subject pointing back to a total; not 'The balance', the rest of one.
_SUBJECT = r"the\s+(?!(?:balance|rest|remainder|remaining|others?|total)\b)[a-z]+(?:\s+[a-z]+)?"
_POINTER = r"it|this|that|they|these|the\s+total(?:\s+[a-z]+)?"
_BE = r"(?:(?:was|were|is|are|will\s+be|has\s+been|have\s+been)\s+)?"
_MAKE_UP = (r"made\s+up\s+of|split(?:s|ting)?\s+(?:between|among|into)|compris(?:ing|es|ed)|consist(?:ing|s|ed)\s+of"
            r"|divided\s+(?:between|among|into)|broken\s+down\s+into")
CUES = (
    # A change: its new level, its old level, and its rate, factor or difference.
    Cue("change", "new", r"\bto", "Profits rose 25% to [£1.2bn] from £960m.", moves=True),
    Cue("change", "new", r"\bat", "Sales were up 12% at [£5.6m], against £5m.", follows=("rate",)),
    # A level, then the move that brought it there: 'closed at 113.5p, up 8.5p', '£800m - up £40m on last year'.
    Cue("change", "new", r"\s*(?:,|\s[-–—])\s*(?:up|down)\b", "McCartney is second on the list with [£800m] - up £40m on last year.",
        side="after"),
    Cue("change", "old", r"\bfrom", "Profits rose 25% to £1.2bn from [£960m].", moves=True),
    Cue("change", "old", r"\b(?:compar(?:ed|es)\s+(?:(?:un)?favou?rably\s+|poorly\s+|well\s+)?(?:with|to)|against|versus|vs\.?|over)",
        "Profits rose 20% to £150m, compared with [£125m] a year earlier.", compares=True),  # 'compared unfavourably with'
    Cue("change", "old", r"\b(?:up|down|higher|lower|rise|fall|increase|decrease|drop|gain)\s+on",
        "Sales were 3.76 mln tonnes, 34 pct down on [5.70 mln].", directs=True),
    Cue("change", "old", r"\b(?:above|below|higher\s+than|lower\s+than|more\s+than|less\s+than|ahead\s+of|behind)",
        "Imports rose to 24.12 billion dlrs, 42 pct above the [16.98 billion dlrs] of February 1986.", follows=("rate",)),
    # A year earlier is the base a rate is taken over unless said otherwise: beside it, a
    # comparison is the change's own.
    Cue("change", "old", YEAR_EARLIER, "Profit rose 20% to £150m, against [£125m] a year earlier.", side="after"),
    # A sentence that opens by comparing with the one before: its figure is the old level of
    # the change that sentence left without one.
    Cue("change", "old", r"(?:that|this|it|which)\s+(?:compared|compares|was\s+compared|was|is)\s+(?:with|to|against)",
        "Net profit fell 18% to €410m. That compared with [€500m] a year earlier.", side="opening", reaches_back=True,
        compares=True),
    Cue("change", "old", rf"(?:the\s+(?:figure|number|total|level)\s+{YEAR_EARLIER}\s+(?:was|stood\s+at)"
        rf"|{YEAR_EARLIER},?\s+(?:it|they|there)\s+(?:had|was|were|stood\s+at))",
        "Rail journeys were down 28% to 1.19 billion. The figure a year earlier was [1.65 billion].", side="opening",
        reaches_back=True),
    # A level the words before a change's new level point back to, with nothing stated between:
    # 'a number that increased to', ', but have since risen to' (the subject left unsaid is the level's).
    Cue("change", "old", rf"(?:,\s*(?:a\s+(?:number|figure|total|toll|tally|level|sum|amount)\s+)?(?:that|which)"
        rf"|,?\s*\b(?:but|and)\s+(?:has|have|had))\s+(?:(?:has|have|had)\s+)?(?:since\s+|later\s+|then\s+|now\s+)?"
        rf"(?:{DIRECTIONS[1]}|{DIRECTIONS[-1]})\s+to\s*$",
        "Instantly, [78,000] people were killed, a number that increased to 140,000 by the end of 1945.", side="pointing",
        moves=True),
    # A level named by its noun, then a change of that noun to a new level: 'a debt of [£103m] ...
    # reducing the debt to £25m' (the level's own words: NAMED_LEVEL).
    Cue("change", "old", rf"\b(?:{DIRECTIONS[1]}|{DIRECTIONS[-1]})\s+(?:the|its|their|his|her|our)\s+(?:[a-z-]+\s+)?"
        r"(?P<noun>[a-z]+)\s+to\s*$",
        "When we took over, the club had a debt of [£103m]; since then the board has cut the debt to £25m.", side="named",
        moves=True),
    Cue("change", "rate", rf"\b(?:{DIRECTIONS[1]}|{DIRECTIONS[-1]})(?:\s+(?:only|just|another|a\s+further|sharply|slightly"
        r"|an?\s+(?:provisional|estimated|preliminary|revised|adjusted|seasonally[\s-]adjusted|real|nominal|record)))?"
        r"(?:\s+by)?", "Sales fell a provisional [12 pct] to 18.1 billion marks from 20.7 billion marks.",
        reach=0),
    Cue("change", "rate", rf"\b(?:{DIRECTIONS[1]}|{DIRECTIONS[-1]})\s+(?:its\s+|their\s+|the\s+)?[a-z]+\s+by",
        "Kloeckner raised profits by [a third] to 45.2 mln marks from 33.8 mln.", reach=0),
    # after both levels, or after the amount it moved by ('fell 20.3 points, or 0.4%, to 4,850.2')
    Cue("change", "rate", r",\s*or", "The number waiting fell from 7,613 to 6,630, or [12.9%].", follows=("old|difference", "new|difference"),
        reach=0),
    Cue("change", "rate", r"\ban?\s+(?:rise|increase|fall|drop|decline|gain|jump|cut|decrease|reduction|growth)\s+of",
        "Sales went from £4m to £5m, a rise of [25%].", reach=0),
    Cue("change", "rate", r"(?:rise|increase|fall|drop|decline|gain|jump|cut|decrease|reduction|growth|up|down)\b",
        "Sales went from £4m to £5m, a [25%] rise.", side="after"),
    # A comparative rate names what it compares with: the next figure ('[42 pct] above the 16.98 billion').
    Cue("change", "rate", r"(?:above|below|higher|lower|more|less|ahead|behind)(?:\s+(?:than|of))?\s+"
        r"(?:[A-Za-z'’-]+\s+|(?:19|20)\d\d(?:['’]s)?\s+){0,3}$",
        "Imports rose to 24.12 billion dlrs, [42 pct] above the 16.98 billion dlrs of February 1986.", side="after"),
    # A price set against another as a premium or a discount: a rate over an old level.
    Cue("change", "old", r"\b(?:premium\s+(?:over|to|on)|discount\s+(?:to|on))",
        "The offer of 300p is a 20 pct discount to the [375p] share price.", follows=("rate",)),
    Cue("change", "rate", r"(?:premium\s+(?:over|to|on)|discount\s+(?:to|on))\s+(?:[A-Za-z'’-]+\s+){0,3}$",
        "The conversion price of 200 dlrs is a [26.2 pct] premium over the 158.50 dlrs closing price.", side="after"),
    Cue("change", "rate", r"\ba\s+(?:premium|discount)\s+of",
        "The price of 200 dlrs represents a premium of [26.2 pct] over the closing price yesterday of 158.50 dlrs.", reach=0),
    Cue("change", "old", r"\bover\s+(?:the\s+|its\s+|their\s+)(?:[\w'’-]+\s+){0,6}?(?:of|at)",
        "The price of 200 dlrs represents a premium of 26.2 pct over the closing price yesterday of [158.50 dlrs].",
        follows=("rate",), reach=0),
    # A gap between two figures of one quantity: the difference, then the figures beside it.
    # 'A deficit of', 'a surplus of' name a balance, a level of its own, not a gap the text spells out.
    # A balance is the gap between the two sides BALANCES names, and only those: 'a deficit of
    # $2bn in May against $1.5bn in April' sets balances side by side.
    Cue("gap", "balance", r"(?<!compared with )(?<!against )(?<!after )(?<!from )\b(?:an?\s+|the\s+)?(?:[a-z]+\s+)?"
        r"(?:deficit|surplus|shortfall)\s+(?:of|was|is|stood\s+at|came\s+to|reached|at)",
        "The club posted a deficit of [£34m], with costs of £106m against revenue of £72m.", reach=0),
    Cue("gap", "difference", r"\ban?\s+(?:majority|margin|lead|gap|difference)\s+of",
        "Howard won with 20,645 votes to 14,738, a majority of [5,907]."),
    Cue("gap", "difference", r"\b(?:exceed(?:ed|s)?|outstripp(?:ed|s)?|outnumber(?:ed|s)?|outs[oe]ld|than\b[^,;.]{0,40}?)"
        r"(?:\s+[a-z]+){0,2}?\s+by",
        "Arrivals exceeded departures by [685,000], with 1.22 million arriving and 535,000 leaving.", reach=0),
    Cue("gap", "difference", r"(?:[a-z]+\s+){0,2}(?:more|fewer|less|higher|lower)(?:\s+[a-z]+){0,2}\s+than\s+"
        r"(?:the\s+|a\s+|its\s+|their\s+)?(?:[A-Za-z'’-]+\s+){0,2}$",
        "Borrowing was £35bn - [£2.5bn] less than the £37.5bn predicted.", side="after"),
    Cue("gap", "difference", r"(?:more|fewer|less)\s+[a-z]+\s+than\s+[a-z]+,?\s+(?:with|at|on)\s+$",
        "This year's intake had [38] more girls than boys, with 512 girls and 474 boys.", side="after"),
    Cue("gap", "difference", r"(?:improvement|increase|rise|gain|decline|drop|fall|deterioration|reduction)\s+(?:from|on|over)"
        r"\s+(?:[A-Za-z'’-]+\s+){0,2}$",
        "The division earned $850m, a [$697m] improvement from $153m a year ago.", side="after"),
    # A total and its parts.
    Cue("total", "total", r"\b(?:a\s+total\s+of|totall?(?:ing|ed)|making)",
        "The council will spend a total of [£45m], made up of £20m for schools and £25m for roads."),
    # 'In all', 'altogether': the sum of what was just said, in the sentence before if not in its own.
    Cue("total", "total", r"\b(?:in\s+all|in\s+total|altogether|all\s+told),?",
        "Rescuers pulled 17 survivors out on Tuesday and 11 on Wednesday. In all, [28] people were rescued.", reaches_back=True),
    # A sentence that opens by saying the one before added to a total: 'That took the year's total to'.
    Cue("total", "total", r"(?:that|this|it|which)\s+(?:took|takes|brought|brings|pushed|pushes|lifted|lifts|raised|raises)"
        r"\s+(?:[\w'’]+\s+){0,3}?(?:total|tally|count|toll)\s+(?:so\s+far\s+)?to",
        "Employers added 157,000 jobs last month. That took the year's total to [2.2 million].", side="opening",
        reaches_back=True, adds=True),
    Cue("total", "total", r"(?:[a-z]+\s+){0,3}(?:in\s+all|in\s+total|altogether|all\s+told)\b",
        "They found 300 children and 900 adults, [1,500] bodies in all.", side="after", reaches_back=True),
    Cue("total", "total", r"(?:and\s+|but\s+)?of\s+(?:the|its|their|all|these|those)",
        "Of the [40] victims, 25 were men, 12 women and 9 children.", side="opening"),
    Cue("total", "total", r"(?:and\s+|but\s+)?among\s+(?:the|its|their|all|these|those)",
        "Among the [60] passengers were 12 children and 20 women.", side="opening"),
    Cue("total", "total", r"(?:out\s+)?of",
        "The report stated that out of [31,733] posts, 30,345 were occupied and 1,388 were vacant.", side="opening",
        reach=0),
    # A total's parts: the figures after these words, to the end of the list. A sentence that
    # opens by pointing back takes its total from the sentences before.
    Cue("total", "parts", r"(?:and\s+|but\s+)?of\s+(?:those|them|these|this|that|which|whom)\b",
        "Roughly 700 homes were flooded. Of those, [380] were in the town centre and 290 along the river.",
        side="opening", reaches_back=True),
    Cue("total", "parts", r"(?:and\s+|but\s+)?of\s+(?:the|this|that)\s+total\s*,",
        "The UK has 650 MPs. Of the total, [220] are women.", side="opening", reaches_back=True),
    Cue("total", "parts", r"(?:and\s+|but\s+)?(?:most|much|some|part)\s+of\s+(?:it|this|that)\s*,",
        "The ministry spent £12m. Most of it, [£9m], went on staff.", side="opening", reaches_back=True),
    # 'It', 'The total' point back to any figure; 'The haul' only to one stated as a total.
    Cue("total", "parts", r"within\s+(?:this|that|these|those|it|them)\s*,?",
        "Card-not-present fraud rose 6% to £116.4m. Within this, internet fraud totalled [£43m].", side="opening",
        reaches_back=True),
    Cue("total", "parts", rf"(?:{_POINTER})\s*,?\s+{_BE}(?:{_MAKE_UP})",
        "Claims reached £410m. The total was split between home insurance, at [£265m], and motor, at £145m.",
        side="opening", reaches_back=True, complete=True),
    Cue("total", "parts", rf"(?:{_SUBJECT})\s*,?\s+{_BE}(?:{_MAKE_UP})",
        "Police recovered a total of 60 weapons. The haul, comprising [26] handguns and 34 rifles, was tested.",
        side="opening", reaches_back=True, complete=True, needs_total=True),
    Cue("total", "parts", rf"(?:{_POINTER})\s*,?\s+{_BE}includ(?:e|es|ed|ing)",
        "The bank will pay $60m. It includes [$50m] in fines.", side="opening", reaches_back=True),
    Cue("total", "parts", rf"(?:{_SUBJECT})\s*,?\s+{_BE}includ(?:e|es|ed|ing)",
        "The bank will pay a total of $60m. The payment includes [$50m] in fines.", side="opening", reaches_back=True,
        needs_total=True),
    Cue("total", "parts", r"\b(?:includ(?:e|ing|es|ed)|of\s+(?:which|whom)|among\s+them|such\s+as)",
        "The port employs 1,450 people, including [300] night workers and 1,100 dock workers."),
    Cue("total", "parts", r"\bincluding\s+(?:an?\s+)?(?:[a-z-]+\s+){1,3}?of",
        "The company lost $43.4m in the year, including asset writedowns of [$35.5m].", reach=0),
    Cue("total", "parts", r"\b(?:made\s+up\s+of|compris(?:ing|es|ed|e)|consist(?:ing|s|ed)\s+of|split(?:s|ting)?\s+(?:between|among|into)"
        r"|broken\s+down\s+into|divided\s+(?:between|among|into))",
        "The council will spend a total of £45m, made up of [£20m] for schools and £25m for roads.", complete=True),
    Cue("total", "parts", r"\bthe\s+(?:remaining|rest|other),?",
        "Of the 40 victims, 25 were men and the remaining [15] women.", complete=True, opens=False),
    # After a colon or a dash, parts of a figure stated as a total, or of any figure when each part
    # names what it is for (ITEMISED_AFTER): 'The council will spend £45m: £20m on schools, ...'.
    Cue("total", "parts", r":", "A total of 1,850 candidates stand: [1,120] in constituencies and 730 on lists.", follows=("total",)),
    Cue("total", "parts", r"\(", "The study followed 3,200 children (1,480 from cities, [1,150] from small towns and 570 from "
        "rural districts).", follows=("total",)),
    Cue("total", "parts", r"\s[–—-]\s", "The spending created 42,100 jobs – [7,900] in construction and another 19,700 in "
        "related industries.", follows=("total",)),
    Cue("total", "parts", r"of\s+(?:them|whom|those|these)\b",
        "A total of ninety pupils sat the exam, [thirty-eight] of them girls and twenty-two boys.", side="after"),
)

@dataclass(frozen=True)
class Aside:
    """Words that stand between a statement's figures without changing it: the reader reads
    the sentence as if they were not there, and their figures take no role."""

    name: str
    words: str
    example: str  # the words in [brackets] are read past
    holds_figures: bool = True  # read past with figures in it; if not, only when it holds none
    restates: bool = False  # read past with figures in it only right after a figure, which they restate


_MONTH = "|".join(MONTHS)
_WEEKDAY = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
CHANGE_NOUNS = ("rise", "increase", "fall", "drop", "decline", "gain", "jump", "cut", "decrease", "reduction", "growth")
RATE_UNITS = ("pct", "%", "percent", r"per\s+cent", "points?")
ASIDES = (
    # A bracket of restatements right after a figure; one that lists parts ('(1,480 from cities,
    # 1,150 from small towns and 1,960 from rural districts)') is read, its figures joined by
    # commas and 'and', and so is one after words, which gives their figure ('ahead of Canada
    # ($4.7bn)', 'the must-have gadget for most people (75%)').
    Aside("conversion", r"\((?![^()]*\d[^()]*(?:,\s|\sand\s)[^()]*\d[^()]*\))[^()]*\)",
          "Losses halved to $250m [(£194m; 188m euros)] from $500m.", restates=True),
    Aside("period", rf"\b(?:during|in|over|for|between)\s+(?:the\s+)?(?:period\s+|weeks?\s+|months?\s+)?(?:{_MONTH})\.?\s+\d{{1,2}}\b"
          rf"(?:\s*(?:to|through|thru|and|-|–)\s*(?:(?:{_MONTH})\.?\s+)?\d{{1,2}})?",
          "Exports fell 6.4 pct to 725,023 tonnes [during the period February 1 to 25], from 774,704."),
    Aside("attribution", r",\s*(?:(?:trade|industry|company|bank|official|government|market)\s+)?"
          r"(?:(?:the\s+)?[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}|sources|officials|analysts|dealers|traders|economists|it|he|she|they"
          r"|the\s+(?:[a-z'’-]+\s+){0,3}[a-z'’-]+)"
          r"\s+(?:said|says|reported|estimated|added|noted|show|shows|showed)\s*(?=,)",
          "The fleet of 64 trains[, the rail regulator said], comprises 40 diesel and 24 electric units."),
    Aside("period", r"\b(?i:in\s+the|the|over\s+the|for\s+the)\s+(?:\d+|[a-z]+)\s+(?i:months?|weeks?|years?|days?|quarters?)"
          r"\s+(?i:to|ended|ending|through)\s+[A-Za-z][\w-]*",
          "Output [in the 12 months to end-January] rose 10.5 pct to 115 tonnes from 104 tonnes."),
    Aside("period", rf"\b(?i:in|during|for|over)\s+(?:(?i:the)\s+)?(?:(?i:first|second|third|fourth|latest|same|current|past|"
          rf"last|fiscal|financial|calendar|final|opening)\s+|[\w/-]+\s+)?(?i:quarter|half|year|month|week|period|season)\b"
          rf"|\b(?i:in)\s+(?:(?:{_MONTH}|(?i:calendar|fiscal|financial))\s+)?(?:19|20)\d\d\b|\b(?i:in)\s+(?:{_MONTH})\b",
          "Profits rose 25% [in the fourth quarter] to £1.2bn, from £960m."),
    Aside("period", rf"\b(?i:at\s+(?:the\s+)?end(?:\s+of|-)?)\s*(?:(?:{_MONTH})\b|(?i:the\s+(?:year|month|quarter|week)\b))",
          "Reserves fell 45.06 billion francs to 375.95 billion [at the end of January] from 421.01 billion."),
    # A day, or a session of trading: 'on 19 September', 'on Friday', 'in early trading on Tuesday'.
    Aside("day", rf"\b(?:(?i:in)\s+(?:(?i:early|late|morning|afternoon|midday|thin|heavy|light|active|brisk|volatile)\s+)?"
          rf"(?i:trading|trade|dealings)(?:\s+(?i:on)\s+{_WEEKDAY})?|(?i:on)\s+(?:{_WEEKDAY}(?:,?\s+\d{{1,2}}\s+(?:{_MONTH})"
          rf"|,?\s+(?:{_MONTH})\.?\s+\d{{1,2}})?|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTH})|(?:{_MONTH})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?)"
          rf"(?:,?\s+(?:19|20)\d\d)?)\b",
          "Arctic sea ice reached its minimum of 4.28 million sq km[ on 19 September], down from 4.67 million sq km a year "
          "earlier, a decline of 8%."),
    Aside("period", rf"\b(?i:between)\s+(?:(?:{_MONTH})|(?:19|20)\d\d)\s+(?i:and)\s+(?:(?:{_MONTH})|(?:19|20)\d\d)\b",
          "Sales rose 25% [between 2019 and 2023] to £1.2bn from £960m."),
    Aside("apposition", r",\s+(?:(?i:the|a|an)\s+|[A-Z][\w-]*['’]s\s+)(?:[A-Za-z'’-]+\s+){0,5}[A-Za-z'’-]+(?=,)",
          "Profits fell 27% to €76m at Veldt[, the Dutch chip-equipment maker], from €104m."),
    # A change graded against what was expected: 'rose a higher than expected 17,000 to 4.483 million'.
    Aside("expectation", r"\b(?:(?i:an?)\s+)?(?i:higher|lower|bigger|smaller|larger|greater|better|worse|weaker|stronger|sharper"
          r"|steeper|faster|slower)[\s-](?i:than)[\s-](?i:expected|forecast|anticipated|predicted|estimated|feared|hoped)\b",
          "Sales rose[ a better than expected] 12% to £5.6m from £5m."),
    Aside("attribution", r"\b(?i:according\s+to)\s+[^,;.]+", "[According to the ministry's 2004 survey], sales rose 25% to 10 from 8."),
    # Words set between a pair of dashes, with no figure of their own ('half of the ninety
    # firefighters - thirty people - are' restates one): 'the number of its hotspots
    # - places where wi-fi access is available - globally from 12,300'.
    Aside("dashes", r"\s[–—-]\s(?:(?!\s[–—-]\s)[^;.])+\s[–—-](?=\s)",
          "It will nearly double the number of its hotspots[ - places where wi-fi access is available -] from 12,300 to 24,000.",
          holds_figures=False),
    # What a change noun after its rate or article is of, between it and its levels: 'a 12 pct fall
    # [in total group sales] to', 'a slight drop [in annual pre-tax profits] to' (not 'an increase in
    # orders fell to': a verb of change says the noun is no change told there).
    Aside("measured", rf"(?:(?:{'|'.join(RATE_UNITS)})\s*|\b(?i:an?)\s+(?:[a-z]+\s+)?)(?:{'|'.join(CHANGE_NOUNS)})(?P<aside>\s+(?i:in)"
          rf"(?:\s+(?!(?:to|from|{DIRECTIONS[1]}|{DIRECTIONS[-1]})\b)[A-Za-z'’-]+){{1,4}})(?=\s+(?:to|from)\s)",
          "There was a 12 pct fall[ in total group sales] to 18.1 billion marks from 20.7 billion marks."),
)

# Not a change: 'ranging from 5 to 10', 'between 1 and 5'; the figures are a range.
RANGE = re.compile(r"\b(?:rang(?:e|es|ed|ing)|between|varying|vary|varies|from\s+as\s+(?:little|few|low)\s+as)\b", re.IGNORECASE)
# Not the rate of this change: '6% a year' compounds over years the reader does not count,
# '5.7 pct of turnover' is a share, '3.23 mln, or 11.7 pct' restates the figure before it.
# 'a drop of 42 pct from last year', 'a fall of one point compared to January': its old value is
# named in words, not given by a figure of the sentence.
RATE_ELSEWHERE_AFTER = re.compile(
    r"\s*(?:a\s+year|per\s+year|per\s+annum|annually|on\s+average|each\s+year|every\s+year|of\b|"
    r"on\s+a\s+(?:comparable|same|like)|in\s+comparable|excluding|year[\s-]on[\s-]year"
    rf"|(?:points?\s+)?(?:(?:rise|increase|fall|drop|decline|gain|growth)\s+)?(?:from|on|over|compared\s+(?:with|to)|against|since)"
    rf"\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){{0,2}}(?:last|previous|prior|same|year|month|week|quarter|{_MONTH})\b(?![^,;.]{{0,25}}\d))", re.IGNORECASE)
RESTATEMENT_BEFORE = re.compile(r"(?:\bor|\bequal\s+to|\bequivalent\s+to|\bworth|\bamounting\s+to|\brepresenting)\s*$",
                                re.IGNORECASE)
# What a restated figure is of, up to the comma that closes the restatement: '11,262,307 shares,
# or 35.5 pct[ of the total], from 10,262,307', '10.2 mln dlrs, or 1.10 dlrs[ a share], from 8.1 mln'.
RESTATED_TO_COMMA = re.compile(r"[^,;()\d]{0,60}(?=,)")
# The words before a level that name it, for a change of the named noun later in the sentence
# ('a debt of £103m', 'the stake was 5%'): the noun, then these words.
NAMED_LEVEL = r"s?\s+(?:of|at|was|is|were|are|stood\s+at|totall?ed|came\s+to)\s+$"
# Where one statement ends and another starts within a sentence; a list of parts runs on past ', and'.
CLAUSE_BREAK = re.compile(r";|,\s+(?:while|but|whereas|and|although)\b|\s(?:while|whereas)\s", re.IGNORECASE)
LIST_BREAK = re.compile(r";|,\s+(?:while|but|whereas|although)\b|\s(?:while|whereas)\s|\s[-–—]\s", re.IGNORECASE)
# Words that may stand between a cue and its figure: 'from the record 3.0 pct', 'to an average 12.25 mln'.
FILLER = (r"(?:(?:an?\s+|the\s+)?(?:average|total|level|record|high|low|peak)\s+of\s+"
          r"|(?!(?:and|or|but|to|from|by|of|in|at|for|on|with|than|which|who|while)\b)[A-Za-z'’-]+\s+|(?:19|20)\d\d(?:['’]s)?\s+)")
# Between a total and its parts cue, a relative pronoun gives the cue another head ('Two
# motions were passed by the London Assembly, which is made up of 25 members'), and 'each'
# describes every item ('1,080 lines, with each line made up of 1,920 pixels').
OTHER_HEAD = re.compile(r"\b(?:which|who|whose|where|each|every|per)\b", re.IGNORECASE)
HEAD_REACH = 2  # how many words a total may stand before the 'which' that opens its own cue
# A clause of its own between the total and the cue, its subject named: 'Ten PEDs are worth one
# US dollar[ and typical items sold] include iron ingots ($5)' (not 'and it includes').
OTHER_SUBJECT = re.compile(r"\b(?:and|but|while|whereas)\s+(?!(?:it|this|that|they|these|those|which|also)\b)"
                           r"(?:[A-Za-z'’-]+\s+){1,4}$", re.IGNORECASE)

# What joins the parts of a list: 'made up of £20m for schools, £15m for roads and £12m for care'.
LIST_JOIN = re.compile(r",|\band\b|\bor\b|\bplus\b|\bas\s+well\s+as\b", re.IGNORECASE)
LIST_GAP = 8  # the most words between two parts of one list
# Words between two figures that start another statement than the list: 'of which 979 mln dlrs
# were crude, with total imports 1.66 billion dlrs'.
LIST_STOP = re.compile(r"\b(?:total|totall?ed|while|whereas|compared|against|versus|vs)\b", re.IGNORECASE)
# A total that nets gains against losses ('net income of 28,000 dlrs, including a 103,000 dlrs
# credit') may include a part larger than itself.
NETTED = re.compile(r"\b(?:net|profits?|income|earnings|loss(?:es)?|balance|deficit|surplus|results?)\b", re.IGNORECASE)
# Parts that together make less than this share of their total describe each item of it
# ('1.5 mln units, consisting of one share and four warrants'), not a breakdown.
COMPOSITION = 0.01
ROLE_GAP = 5  # the most words between two figures of one change
# '... to £41m, down from £35m', '... to 9.8 million last year, up from 6.1 million': one change.
WAY_REPEATED = re.compile(r"\s*(?:(?:last|this)\s+(?:year|month|week|quarter|season)\s*)?[,(–—-]\s*(?:up|down)\s*", re.IGNORECASE)
APPOSED = re.compile(r"[,(–—-]")  # ', down 12.9%', 'a year, a rise of 49.7%': a rate set beside a change already stated
# ', giving a 3.2 pct rise over ...', ', pushing kit exports up 45.3 pct': another quantity's change.
PARTICIPLE = re.compile(r"\b[a-z]+ing\b", re.IGNORECASE)
APPOSED_WORDS = 5
# 'a one mln dlr extraordinary gain', 'excluding a 24 mln dlr gain': a figure that names a thing
# of its own, no level of the change around it.
ATTRIBUTIVE_BEFORE = re.compile(r"\b(?:an?|excluding|including|after|before|plus|per|by)\s*$", re.IGNORECASE)
# Before a figure, words that make it where other things came from, not what they make up.
SOURCE_BEFORE = re.compile(r"\b(?:from|by|among|between|across)\s+(?:\S+\s+){0,2}$", re.IGNORECASE)
# What each part of a breakdown is for, right after it: '£20m on schools', '7,900 in direct construction'.
ITEMISED_AFTER = re.compile(r"\s+(?:in|on|for|from|at)\s+(?!(?:the\s+)?(?:19|20)\d\d\b|(?:the\s+)?(?:year|quarter|month|week|period)\b)[a-z]",
                            re.IGNORECASE)
# Right before a figure: an old value, a threshold, a member of something else, no part of a list.
NOT_A_PART = re.compile(r"(?:\b(?:from|than|among|between|vs|versus|against|of|per|by|over|under|for)\s+"
                        r"(?:(?:the|a|an|its|their)\s+)?|\btotal\s+(?:[a-z]+\s+)?(?:to|of|at|was|is)\s+)$", re.IGNORECASE)
# ... unless 'of' follows the name of the item, at the start of the list or after its join:
# 'made up of donations of £1.2m, legacies of £0.5m and trading income of £0.4m'; or 'accounts
# for' does, and 'for' after each item that follows: 'of which forest accounts for 610 km²,
# moorland for 440 km² and farmland for 300 km²' (not 'notes for 50', a price).
_ITEM = (r"(?:(?!(?:one|some|each|any|none|part|parts|share|shares|most|many|all|half|a|an|the|total|number|out|up|made"
         r"|in|on|at|for|to|from|by|with|than|and|or)\b)[a-z-]+\s+){1,3}")
ITEM_NAMED_OF = re.compile(rf"^\s*(?:(?:,\s*|\band\s+|,\s*and\s+)?{_ITEM}of|{_ITEM}?(?:accounts?|accounted|accounting)\s+for"
                           rf"|(?:,\s*|\band\s+|,\s*and\s+){_ITEM}for)\s+$", re.IGNORECASE)
CUE_REACH = 4  # the most words between a parts cue and its first part
TOTAL_REACH = 8  # the most words between a total and the parts cue after it
# A price or rate per item ('482 dlrs an ounce', '11 dlrs per share') adds up to nothing.
PER_ITEM_AFTER = re.compile(r"\s*(?:(?:an?|per|each)\s+(?:ounce|share|barrel|tonne|ton|pound|kilo|kg|gallon|litre|liter|"
                            r"unit|head|hour|lb|bushel|person|vehicle)\b|/\s*shr)", re.IGNORECASE)
# Counts of people of one kind may be parts of a count of people of another ('1,450 people,
# including 300 night workers'); other counts are parts only of counts of the same thing.
PEOPLE = frozenset("""person people worker employee staff resident victim passenger patient pupil student child adult
man woman boy girl member voter driver nurse doctor teacher officer soldier fighter prisoner customer user visitor
tourist refugee migrant candidate player jihadist returnee civilian casualty survivor job post redundancy vacancy""".split())
# Sub-groups that between them make up the group they are parts of: 'ninety pupils, thirty-eight
# of them girls and fifty-two boys'. Parts that are exactly one such set are all of their total.
COMPLEMENTS = (frozenset({"boy", "girl"}), frozenset({"man", "woman"}), frozenset({"male", "female"}),
               frozenset({"adult", "child"}))
PERSON_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "ee")  # 'ministers', 'councillors', 'pharmacists' 

# Words that put a sentence in another period than the one before it: its figures are no
# parts of the total stated there ('In the year-earlier period, output included 33.3 mln lbs').
OTHER_PERIOD = re.compile(r"\b(?:year-earlier|year-ago|a\s+year\s+(?:earlier|ago|before)|previous\s+year|prior\s+year"
                          r"|last\s+year|the\s+year\s+before)\b", re.IGNORECASE)

# Shares (read_shares.py). The whole after a rate's 'of', with nothing between that starts
# another statement: '20% of its [300] staff', "28 pct of Bally's total revenues of [1.64 billion dlrs]".
OF_WHOLE = re.compile(r"^\s*of\s+(?:(?!(?:and|from|but|for|at|to|by|in|on|with|aged|following|including|excluding|after|before"
                      r"|during|since)\b)[A-Za-z'’-]+\s+){0,6}$", re.IGNORECASE)  # not '9 pct of the total outstanding following purchases of 12,500'
# A whole stated in the sentences before: '18% of them', 'about 55 pct of those tendered'; '27%
# of the total' only of a figure stated as a total.
OF_THE_ONES_BEFORE = re.compile(r"\s*of\s+(?:them|those|these)\b(?!\s+(?:who|whom|whose|which|that|where)\b)",
                                re.IGNORECASE)  # 'half of those who die': the clause after says who
# A figure that opens on these words is one more part of the whole the figure before it is a
# part of: 'Of the total, 400 billion yen will yield 3.85 pct. Another [400 billion yen] will
# yield 3.80 pct'; 'Of the 40 victims, 25 were men. The remaining [15] were women.'
FURTHER_PART = re.compile(r"(?:^|[,;:]\s+|\band\s+)(?:another|a\s+further|the\s+(?:other|remaining))\s+"
                          r"(?:(?:some|about|around|nearly|almost|roughly)\s+)?$", re.IGNORECASE)
OF_THE_TOTAL = re.compile(r"\s*of\s+(?:all|the\s+total)\b(?!\s+[a-z])", re.IGNORECASE)
# A whole named by its noun, with no figure after it: '40% of the total debt'.
OF_NAMED = re.compile(r"\s*of\s+(?:the\s+|its\s+|their\s+)(?:total\s+|overall\s+|entire\s+)?([a-z]+)\b(?![^,;.]{0,30}\d)",
                      re.IGNORECASE)
# The words before a rate that restates the figure before it: '12,400 pupils, or 8%'.
# ... or names the rate it is: '22 of their 38 matches, a win rate of 58%'.
RESTATES_BEFORE = re.compile(r"(?:(?:,|-|–|—|\()\s*(?:or\s+|an?\s+(?:[a-z-]+\s+){0,2}(?:rate|share|proportion|percentage)\s+of\s+)?"
                             r"|\bor\s+|\b(?:amounting\s+to|representing|accounting\s+for|equal\s+to"
                             r"|equivalent\s+to)\s+)(?:only\s+|just\s+)?$", re.IGNORECASE)
# The words between a rate and the part and whole that restate it: '58% of the vote, taking
# 112,600 of the 245,900', 'Turnout was 73.7%, with 31.2 million of the 46.4 million'.
RESTATED_AFTER = re.compile(r"(?:\s+of\s+(?:the\s+|its\s+|their\s+)?[a-z]+)?\s*(?:,\s*(?:with|taking|winning|or|that\s+is)|\(|[-–—])\s*$",
                            re.IGNORECASE)
SHARE_PASSED_OVER = re.compile(r"\b(?:from|than)\s+(?:the\s+|a\s+)?$", re.IGNORECASE)  # 'up from 440,000'
# 'This is nearly half of ...', 'The cuts will affect about 9% of ...': the part is in the sentences before.
POINTS_BACK = re.compile(r"^\s*(this|that|it|which|the\s+(?:job\s+)?(?:cuts|losses|layoffs|redundancies))\s+(?:will\s+)?"
                         r"(?:is|was|represents|represented|amounts?\s+to|accounts?\s+for|affects?)\s+(?:only\s+|just\s+)?$",
                         re.IGNORECASE)
SHARE_APPOSED_WORDS = 4

# Vague words restated exactly (read_vague.py): the words before the exact figure that say it
# counts what the vague word did ('police put the crowd at 4,500', 'Organisers counted sixty-two'),
# or the words after it ('740 in total').
COUNTED_BEFORE = re.compile(r"\b(?:count(?:ed|ing)|put\s+(?:the\s+\w+|it|them|the\s+\w+\s+\w+)\s+at|estimated\s+(?:the\s+\w+\s+)?at"
                            r"|numbered|(?:the\s+)?(?:number|figure|total|toll|tally)\s+(?:was|is|at|stood\s+at)|confirmed"
                            r"|totall?(?:ed|ing)|(?:report|record)(?:ed|ing)(?:\s+(?:an?|the)\s+(?:[a-z-]+\s+){0,2}of)?|list(?:ed|s)?)\s+$",
                            re.IGNORECASE)  # 'with officers counting roughly 240', 'reporting a peak audience of 850,000'
COUNTED_AFTER = re.compile(r"\s*(?:[a-z]+\s+){0,2}?(?:in\s+all|in\s+total|altogether|all\s+told)\b", re.IGNORECASE)
VAGUE_APPOSED_WORDS = 6  # ', about 850 according to the fire service': the exact figure set beside the vague one
# ... or the figure alone in a bracket after the vague word and its noun, perhaps with 'in all':
# 'Dozens of schools (43 in all) failed to file', not 'Hundreds of people (30 of them children)'.
VAGUE_BRACKETED_BEFORE = re.compile(r"(?:\s+[A-Za-z'’-]+){0,4}\s*\(\s*$")
VAGUE_BRACKETED_AFTER = re.compile(r"(?:\s+(?:in\s+all|in\s+total|altogether|all\s+told))?\s*\)", re.IGNORECASE)

# The two sides of a balance (read_gaps.py): a figure is a side when one of these words stands
# just before it ('exports of €131.2bn', 'Revenue came in at $61.4bn', 'costs of £106m').
BALANCES = (
    (re.compile(r"\bexports?\b", re.IGNORECASE), re.compile(r"\bimports?\b", re.IGNORECASE)),
    (re.compile(r"\b(?:revenues?|income|receipts|takings|sales|turnover)\b", re.IGNORECASE),
     re.compile(r"\b(?:spending|costs?|expenditure|outgoings|expenses|outlays)\b", re.IGNORECASE)),
    (re.compile(r"\bassets\b", re.IGNORECASE), re.compile(r"\bliabilities\b", re.IGNORECASE)),
)
SIDE_WORDS = 5  # how many words before a figure may name its side
# A sentence that opens by comparing with the figure of the sentence before: 'That was nine more
# than the twenty-two lodged the month before.'
POINTING_BACK = re.compile(r"^\s*(?:that|this|it|which)\s+(?:was|is|were|are|would\s+be)\b", re.IGNORECASE)

# Figures that move the other way round from what they measure, so a change said to rise
# may go to a lower number: a chart position, a currency quoted per dollar, a figure below
# zero, an interval between sailings. With no rate to recompute, their direction is not weighed.
INVERSE_UNITS = frozenset({"place", "position", "spot", "rank", "ranking", "seed"})
INVERSE_WORDS = re.compile(
    r"\b(?:charts?|rankings?|league\s+table|top\s+(?:\d+|ten|five|three|20|40)|negative|minus"
    r"|(?:per|a|to\s+the|against\s+the)\s+(?:US\s+)?(?:dollar|euro|pound|yen)"
    r"|(?:against|to)\s+(?:the|its)\s+(?:U\.S\.\s+)?(?:dollar|yen|mark|pound|currency|counterpart))\b", re.IGNORECASE)

# Ranks (read_ranks.py). A word that calls a figure the top of its peers, which way it ranks, and
# what the top may be: 'the most' ranks how many there are of a thing, so only a count.
@dataclass(frozen=True)
class Rank:
    words: str
    sign: int  # +1 the largest, -1 the smallest
    example: str  # the top in [brackets]
    kinds: tuple[str, ...] = ("count", "money", "measure", "percent")
    peers_in_time: bool = False  # a record is ranked against other years; another superlative is not


_OWNER = r"(?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?['’]s\s+|(?:world|country|nation|region|city|county|state|league|market|industry)['’]s\s+)?"  # "the region's biggest"
RANKS = (
    Rank(rf"\bthe\s+{_OWNER}(?:largest|biggest|highest|greatest)", +1,
         "Texas received the largest share of the money, [$2.2bn], ahead of California with $1.9bn."),
    Rank(rf"\bthe\s+{_OWNER}(?:smallest|lowest)", -1,
         "The smallest of the county's districts, Eden Vale, has [41,000] residents. The next smallest, Marsh End, has 87,000."),
    # 'the most recent poll', 'the most deprived areas': a rank of something else than how many.
    Rank(r"\bthe\s+most(?!\s+(?:recent|likely|popular|important|common|senior|powerful|expensive|valuable|famous|prominent|"
         r"significant|serious|severe|deprived|affluent|vulnerable|dangerous|notable|advanced)\b)", +1, "Rotherham issued the most fines, [2,220], ahead of Sheffield on 1,950.", kinds=("count",)),
    Rank(r"\bthe\s+(?:fewest|least)", -1, "Leeds had the fewest complaints, [140], against 210 in York.", kinds=("count",)),
    Rank(r"\ba\s+(?:record(?!(?:\s+[A-Za-z]+){0,2}\s+lows?\b)|all-time\s+high\s+of|new\s+high\s+of)", +1,
         "Applications reached a record [761,000], beating 739,000 two years ago.", peers_in_time=True),
    Rank(r"\ba\s+(?:record(?:\s+[A-Za-z]+){0,2}|new|all-time)\s+low(?:\s+of)?", -1,
         "The dollar fell to a record Tokyo low of [140.00] yen, against 141.15 yen yesterday.", peers_in_time=True),
)
# Words before the figures a top is ranked against, in its sentence, or opening the next.
# An average of the group is no larger than its top nor smaller than its bottom ('The Northern
# Cape had the highest, at 6.06%, and the national average was 2.67%').
PEERS = re.compile(r"\b(?:ahead\s+of|followed\s+by|compared\s+(?:with|to)|against|beating|surpassing|eclipsing|topping|"
                   r"next\s+(?:came|come|is|was|were)"
                   r"|the\s+(?:[a-z]+\s+)?average\s+(?:was|is|of|at|stood\s+at|stands\s+at))\b", re.IGNORECASE)
PEERS_NEXT = re.compile(r"^\s*(?:(?:it|this|that|they)\s+(?:was|were|is|are)\s+followed\s+by|the\s+next(?:\s+(?:largest|biggest|highest|smallest|lowest|most|fewest|\w+))?|the\s+others?"
                        r"|the\s+rest|the\s+runners?-up|(?:in\s+)?second\s+(?:place|was|came))\b", re.IGNORECASE)
# What follows a superlative and ranks something else than the figure after it: a time ('the
# lowest since'); a change ('the largest drop ... to 1.46 billion'), unless its figures are rates
# ('The biggest fall was in Wales, 10%, compared with 12% in Scotland').
RANK_SINCE = re.compile(r"\s+since\b", re.IGNORECASE)
# A superlative said of several is no top: 'the lowest offers of 0.66695 ... followed by',
# 'one of the lowest in the world, compared with 12.1% in Germany'.
RANK_OF_SEVERAL = re.compile(r"\s+[a-z]+s\s+(?:of|were|are)\b", re.IGNORECASE)
SEVERAL_BEFORE = re.compile(r"\b(?:one|some|two|three|several|among)\s+(?:of\s+)?$", re.IGNORECASE)
RANK_OF_CHANGE = re.compile(r"\s+(?:drop|fall|decline|rise|increase|gain|loss|cut|jump|growth|improvement)s?\b", re.IGNORECASE)
# A figure right after the superlative with a noun after it counts the top group ('the largest 20
# clients'): nothing is ranked; after its 'of the', the group it is the top of ('the smallest of
# the three classes has 34 pupils', 'the lowest smoking rate of the four UK nations, at 13.4%'), and
# the top comes later.
GROUP_BEFORE = re.compile(r"^\s*(?:(?:[A-Za-z-]+\s+){0,3}?(?P<of>of\s+(?:the\s+|its\s+|their\s+)?))?$", re.IGNORECASE)
GROUP_AFTER = re.compile(r"\s+[A-Za-z]")
# A peer of another time than the top's (read in the sentence as written, periods and all), unless
# the top is a record: 'the highest rate, 7%,
# compared with 8% a year earlier'.
OTHER_TIME_AFTER = re.compile(rf"\s*(?:{YEAR_EARLIER}|(?:\w+\s+){{0,2}}(?:years?|months?|weeks?|days?)\s+(?:earlier|ago|before)"
                              r"|(?:in|during|for)\s+(?:the\s+)?(?:previous|prior|same|last)\b|last\s+(?:year|month|week|season)"
                              rf"|(?:in\s+)?(?:(?:{_MONTH})\s+)?(?:19|20)\d\d\b|in\s+(?:{_MONTH})\b)", re.IGNORECASE)
# A level's words ending on the time it was of, just before a change from another time's level
# (read_changes.py): '22,800,000 ounces of silver were used to produce coins last year, up from'.
LEVEL_TIME_END = re.compile(rf"\b(?:last\s+(?:year|month|week|season)|(?:in|during|for)\s+(?:calendar\s+|fiscal\s+)?"
                            rf"(?:(?:{_MONTH})\s+)?(?:19|20)\d\d|in\s+(?:{_MONTH}))\s*,\s*"
                            rf"(?:{DIRECTIONS[1]}|{DIRECTIONS[-1]})\s+from\s*$", re.IGNORECASE)
NOT_RANKED = re.compile(r"\brespectively\b", re.IGNORECASE)
TOP_REACH = 10  # the most words between a superlative and its figure

# Words between a bare number and a scaled one that make them one quantity at one scale
# (scales.py): 'to [18.1] from 20.7 billion marks', 'to 3,061.8 billion francs from [3,304.1]'.
# Not 'to': '2.4 to 2.7 mln tonnes' is a range.
SCALE_SHARED = re.compile(r"\s*,?\s*(?:from|against|versus|vs\.?|compared\s+(?:with|to))\s+(?:the\s+|a\s+)?", re.IGNORECASE)
# ... and 'to' after 'from': '[from 116] to 217 mln bolivars', 'from 1.042 to 1.504 bln'; not 'down from
# 2.4 to 2.7 mln tonnes', a range the change went from.
SCALE_SHARED_FROM = (re.compile(r"(?<!up\s)(?<!down\s)\bfrom\s+(?:the\s+|a\s+)?$", re.IGNORECASE),
                     re.compile(r"\s*to\s+", re.IGNORECASE))
SCALE_SHARED_RATIO = 10  # so read, the two within ten times each other

# Orders (read_orders.py): one figure set above or below another of its kind and unit, with no
# superlative. The first figure stands before the words, the second within ORDER_REACH words
# after them. Not 'more than': after a comma it as often gives a difference ('would net 10 billion
# francs, more than the 30 billion originally estimated').
@dataclass(frozen=True)
class Order:
    words: str
    sign: int  # +1 the first figure is the larger
    example: str  # the first figure in [brackets], the second in {braces}
    by_place: bool = False  # a place in a ranking, which turns over in a ranking of lows


ORDERS = (
    Order(r"above|exceeding|surpassing|(?:higher|larger|bigger|greater)\s+than", +1,
          "Exports rose to [$5.2bn], above the {$4.9bn} forecast."),
    # said of the figure the sentence before ended on: 'The figure marked an increase on the 3.3%'
    Order(r"(?:increase|rise|improvement)\s+on", +1,
          "The economy grew at an annual rate of [3.7%]. The figure marked an increase on the {3.3%} of the second quarter."),
    Order(r"ahead\s+of|outstripping|outpacing|topping", +1,
          "Catalogue frauds were next at [8%], ahead of internet services at {6%}.", by_place=True),
    Order(r"beating|bettering|eclipsing", +1, "Quarterly sales came in at [$5.4bn], beating analysts' forecasts of {$5.1bn}."),
    # A limit one stays within: 'within the legal limit of 40', 'inside its budget of £2m'.
    Order(r"(?:within|inside)\s+(?:the|its|their|a)(?:\s+[a-z-]+){0,2}(?=[^.;]{0,30}?\s(?:limit|ceiling|cap|maximum|budget|threshold)\b)", -1,
          "Nitrogen dioxide averaged [36] micrograms, comfortably within the legal limit of {40}."),
    Order(r"below|beneath|(?:fall(?:s|ing)?\s+|fell\s+)?short\s+of|(?:lower|smaller)\s+than", -1,
          "Ningbo handled [17.95 mln tonnes], well below its capacity of {32 mln tonnes}."),
    # 'less than' only before a determiner: 'less than 5%' is the figure's own hedge.
    Order(r"(?:less|fewer)\s+than(?=\s+(?:the|its|their|his|her|a|an|last|this)\s)", -1,
          "House prices rose at an annual rate of [10.7%] in December, less than the {13.7%} rise of the month before."),
    Order(r"behind|second\s+to|trailing", -1,
          "Texas's projected [$8bn] runs second to Alaska's {$11.4bn}.", by_place=True),
)


# Multiples (read_multiples.py): a figure said to be a multiple of the next one of its kind and
# unit. A row's words name the factor; a row with no factor takes it from the figure counted in
# times before the words ('[300 tonnes] were {three} times the 150 tonnes'). In the example the
# larger-said figure is in [brackets].
@dataclass(frozen=True)
class Multiple:
    words: str
    factor: float | None
    example: str
    over: bool = False  # 'N times more than': N or N + 1 times, as the writer may mean either


MULTIPLES = (
    Multiple(r"twice|double", 2.0, "Turnover reached [2.6 billion] shares, more than double the record of 1.1 billion."),
    Multiple(r"triple|treble", 3.0, "The bill came to [$450m], triple the $150m first forecast."),
    Multiple(r"quadruple", 4.0, "The farm now grows [400 tonnes], quadruple the 100 tonnes of 1990."),
    Multiple(r"(?<!first\s)(?<!second\s)half", 0.5, "The city has [4,000] doctors, half the 8,000 it had in 1990."),
    Multiple(r"times\s+as\s+[a-z]+\s+as", None,
             "Cancellations could reach [168,000], about two times as many as the 82,795 signups."),
    Multiple(r"times\s+(?:the|that\s+of)", None, "Exports of [450 tonnes] were three times the 150 tonnes shipped in 1985."),
    Multiple(r"times\s+(?:more|larger|bigger|higher|greater|heavier|longer)\s+than", None,
             "The new dam holds [9 mln cubic metres], three times more than the 3 mln cubic metres of the old one.", over=True),
)
# Between the first figure and the multiple's words: a few words of what it counts, then a comma
# or a verb of being, and a hedge (FACTOR_HEDGES: 'more than double'); after the words, a few
# words of what the second figure is ('the record of', 'as many as the') and nothing else. A
# figure's denominator ('45 cases per 100,000 people') is read past, and is neither figure.
MULTIPLE_BEFORE = re.compile(r"(?:\s+(?!(?:and|or|but|while|whereas|than|from)\b)[A-Za-z'’-]+){0,4}?"
                             r"(?:\s*,\s*|\s+(?:is|was|are|were|be|reached|stood\s+at|came\s+to)\s+)"
                             r"(?:(?:which|that)\s+(?:is|was|are|were)\s+)?(?:(?:now|still|already|currently|also|only)\s+)?"
                             r"(?P<hedge>(?:more\s+than|well\s+over|over|at\s+least"
                             r"|nearly|almost|just\s+under|not\s+quite|about|around|roughly|some|approximately)\s+)?",
                             re.IGNORECASE)
DENOMINATOR_BEFORE = re.compile(r"\b(?:per|for\s+every|in\s+every|out\s+of\s+every)\s+$", re.IGNORECASE)
MULTIPLE_AFTER = re.compile(r"(?:\s+as\s+(?:much|many|[a-z]+)\s+as)?(?:\s+(?:the|that\s+of|those\s+of|its|their))?(?:\s+(?!(?:and|or|but|while)\b)[A-Za-z'’-]+){0,3}?"
                            r"(?:\s+of|,\s*(?:which|who)\s+(?:is|was|are|were|has|had)(?:\s+(?:worth|valued\s+at|at))?)?\s*",
                            re.IGNORECASE)  # 'three times that of Amazon, which is worth about $1.9tn'

# A multiple said first, its two figures given after a colon or a dash, the first of the subject
# and the second of what it is compared with: 'costs twice as much as under her predecessor:
# £4.8m, against £4.5m in 2019'; there the second 'as' may be left out ('three times as likely').
MULTIPLE_EVIDENCE = re.compile(r"[^.;:\d]{0,80}?(?::|\s[–—-])(?:\s*[A-Za-z'’-]+){0,4}?\s*$")
MULTIPLE_SAID_FIRST = Multiple(r"times\s+as\s+[a-z]+", None, "Smokers were three times as likely to develop the condition: "
                               "4.1% of them did, against 1.4% of non-smokers.")
MULTIPLE_COMPARED = re.compile(r"(?:\s+[A-Za-z'’-]+){0,4}?\s*,?\s+(?:against|versus|vs\.?|compared\s+(?:with|to))\s+"
                               r"(?:(?:the|a|an|just|only|some|about|around)\s+)?$", re.IGNORECASE)
MULTIPLE_EVIDENCED = ("Own-label products cost about half as much as branded ones in our basket: £31.40 against £62.90.",
                      "The mayor's office costs twice as much as under her predecessor: its budget is £4.8m, against £2.4m "
                      "in 2019.", MULTIPLE_SAID_FIRST.example)

# A figure pointed back to (read_pointed.py): words right before a figure that say it is one
# stated before, in its sentence or the two before, of its kind and unit. In the example the
# figure stated first is in [brackets], the one pointing back to it in {braces}. 'that' only
# after a preposition: 'said that 140 people' introduces a statement.
@dataclass(frozen=True)
class Pointer:
    words: str
    example: str


POINTERS = (
    Pointer(r"those|these", "Officials found money for about [738 miles] of barrier. Crews have finished 458 miles of those "
            "{738 miles}."),
    Pointer(r"the\s+same", "The county counted [2,310 ballots] on Monday, and the same {2,310 ballots} again on Friday."),
    Pointer(r"(?:of|for|on|in|to|with|from|by|at|about|over|beyond)\s+(?:that|this)",
            "Lawmakers earn [$173] a day for expenses. They also qualify for that {$173} per diem out of session."),
)

@dataclass(frozen=True)
class Conversion:
    """The words between a figure and its restatement in another currency, unit or period
    (read_conversions.py), the restatement's hedge left out. In the example the figure in
    [brackets] is restated by the one in {braces}. A `listed` row joins a figure to the one
    before only inside a bracket that opened on a restatement, and restates the same figure."""

    words: str
    example: str
    listed: bool = False


CONVERSIONS = (
    Conversion(r"\(\s*(?:or\s+|i\.?e\.?,?\s+|=\s*)?", "IBM is spending [$100m] ({£52m}) over three years."),
    Conversion(r"\s*[;/,]\s*", "The firm revealed debts of [14bn euros] ($18.34bn; {£9.6bn}).", listed=True),
    Conversion(r",?\s+(?:or|that\s+is|equivalent\s+to|the\s+equivalent\s+of)\s+", "The cap is [£23,000] a year, or around {£442} a week."),
    Conversion(r"\s*[—–]\s*|\s+-\s+", "The full rate is [£68.35] a week—around {£3,500} a year."),
)
# Not a conversion: a price of something else ('4,200 Swiss francs, or 119.05 francs per 100
# marks'), or the second of two alternatives ('for either 182.50 marks or 149.50 yen').
NOT_CONVERTED_AFTER = re.compile(r"\s*(?:per|each|a\s+share|an?\s+ounce|an?\s+barrel|an?\s+tonne|an?\s+head)\b", re.IGNORECASE)
ALTERNATIVES_BEFORE = re.compile(r"\beither\s+(?:\S+\s+){0,2}$", re.IGNORECASE)

# A ranking of lows: there, 'behind' 2012's 3.39 million is a larger figure ('the second lowest
# on record, behind 2012's 3.39 million').
LOW_RANKING = re.compile(r"\b(?:lowest|smallest|fewest|least|worst|weakest|cheapest|slowest|shortest)\b", re.IGNORECASE)
# Between the first figure and the words, a comma, a dash or a verb of standing: an order. The
# words right after a figure give a difference ('30 points above the close'), read as a gap; a
# verb after 'and' and a noun has a subject of its own ('output totalled 7.2 mln and consumption
# was below'), one right after 'but' the same ('fell to 6.0 pct from 6.1 pct but was above'). A
# sentence may open by pointing back to the figure before ('This is lower than the 11.3% ...').
_STANDS = (r"(?:is|was|are|were|would\s+be|will\s+be|runs?|ran|run|came|comes|stands?|stood|remains?|remained|sits?|sat"
           r"|lies|lay|ranks?|ranked|finished|ends?|ended)")
_WORD = r"\s+(?!(?:and|or|but|while|whereas)\b)[\w'’.-]+"
ORDER_BETWEEN = re.compile(rf"^(?:(?:{_WORD}){{0,3}}?\s+(?:(?:and|but)\s+)?{_STANDS}\s"
                           rf"|(?:{_WORD}){{0,8}}?\s*(?:,|[-–—]\s)(?:\s*(?:which|that)\s+(?:would\s+|will\s+)?{_STANDS}\s)?)"
                           r"(?:\s*(?:well|just|far|slightly|still|comfortably|narrowly|only|some|way|second|third|and))*\s*$",
                           re.IGNORECASE)
# A first figure that opens the sentence, its subject after the comma: 'At 5.6%, the loan's APR
# sits comfortably below the 4.9% average'.
ORDER_FRONTED = re.compile(r"^\s*(?:at|with)\s+$", re.IGNORECASE)
ORDER_FRONTED_BETWEEN = re.compile(rf"^\s*,(?:{_WORD}){{1,5}}?\s+{_STANDS}\s"
                                   r"(?:\s*(?:well|just|far|slightly|still|comfortably|narrowly|only|some|way))*\s*$", re.IGNORECASE)
ORDER_OPENING = re.compile(rf"^\s*(?:this|that|it|which|the\s+(?:figure|number|total|rate|level|result|reading))\s+"
                           rf"(?:{_STANDS}|marked|represent(?:s|ed)|made)(?:\s+(?:well|just|far|slightly|still|only|an?))*\s*$",
                           re.IGNORECASE)
ORDER_REACH = 8  # the most words between the order's words and its second figure

# A fraction restated as a percentage (read_restated.py): the words between them, in either
# order ('less than a quarter (24%)', 'two-thirds of voters, 68%', 'nearly 1 in 4 shoppers
# surveyed (24%)', '24% - almost a quarter'). A percentage followed by 'of' is of something else.
RESTATING = re.compile(r"^\s*(?:of\s+(?:the\s+)?)?(?:[A-Za-z'’-]+(?:\s+|(?=[,(–—-]))){0,3}?"
                       r"(?:\(\s*|,\s*(?:or\s+|that\s+is\s+)?|[-–—]\s*|or\s+)$", re.IGNORECASE)
# An ordinal place and the group it is a place in (read_places.py): '15th [place in the ]20-strong
# league', '12th[ time in ]13 appearances', '5th[ of ]6 runners'. The word between names a place or
# an occasion; an office is no place ('the 23rd chairman of the five-member commission').
PLACE_WORDS = ("place", "position", "spot", "finish", "seed", "time", "occasion", "attempt", "try",
               "round", "game", "match", "race", "day", "week", "month")
PLACE_IN = re.compile(r"\s+(?:(?:overall\s+)?(?:%s)s?\s+)?(?:in|of|out\s+of|among)\s+"
                      r"(?:(?:the|its|his|her|their|a)\s+)?(?:last\s+|past\s+)?" % "|".join(PLACE_WORDS),
                      re.IGNORECASE)

# A percentage of a group restated after it as a fraction of the same group: 'about 19.9% of the
# population that age, or about 1 in 5 people'.
RESTATING_OF = re.compile(r"^\s*of\s+(?:[A-Za-z'’-]+\s+){0,5}?[A-Za-z'’-]+\s*(?:,|[-–—])\s*or\s+$", re.IGNORECASE)
PERCENT_OF_OTHER = re.compile(r"\s*(?:of|up|down|higher|lower|more|less|rise|fall|increase|decrease)\b", re.IGNORECASE)
# A fraction in words is said to the nearest simple fraction: 'half' of 51% is plain speech,
# 'a third' of 45% is not. Within this share of its value it agrees; within twice that, a `warn`.
FRACTION_SPOKEN = 0.1
