"""The rules the checks run, each a record: its name, the frames it weighs or the function
that reads the whole article, and what it reads and where it stays silent. docs/checks.md's
table of rules is written from here (`scripts/rules_table.py`), and a test holds the two
together.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..extract import Claim
from . import evaluate
from .finding import Finding
from .reader import read_frames
from .records import records_beaten
from .repeated import repeated_figures
from .scales import shared_scales
from .statement import Frame
from .sums import parts_within_total, parts_within_whole
from .superlatives import superlative_ranks
from .vague import vague_matches_exact


@dataclass(frozen=True)
class Rule:
    name: str  # the findings' rule
    module: str
    reads: str
    silent: str
    frame: str | None = None  # the frame type it weighs (reader.py), or
    weigh: Callable[[Frame, list[Claim]], list[Finding]] | None = None
    read: Callable[[list[Claim]], list[Finding]] | None = None  # the whole article, for rules not yet read as frames


RULES = (
    Rule("parts-within-total", "sums.py",
         'figures attributed to one subject each (Turkey 900, Tunisia 800, ...) against a count stated across places (5,600 ... to 33 countries)',
         'a subject is named twice, the parts span more than three sentences, or they do not mostly count one kind of thing',
         read=parts_within_total),
    Rule("parts-within-whole", "sums.py",
         '"425 of the 850", "88 of Yugoslavia\'s 174 banks", "$220m (£117m) of the $550m", "of which 456.2 mln", "6,000 of those", "£8,170 of this was cash", and a breakdown after a dash, colon or "including" whose figures count sub-groups; parts named in one sentence add up, parts named apart ("four of the six", later "five of them") are weighed alone',
         'the part is a duration, more than twenty times the whole (different things, not a slip), the whole is "a share" or a "32-bit" modifier, "one of which", "of this shipment"',
         read=parts_within_whole),
    Rule("superlative", "read_ranks.py, superlatives.py",
         '"the largest/biggest/highest/smallest/lowest", "the most/fewest" (counts), "a record" naming a figure, against '
         'the figures of its kind set beside it ("ahead of", "followed by", "compared with", "beating"; "The next two '
         'received ...", "; the others have ...") or else its subject breakdown or the same kind and unit in its sentence',
         'a year, date or duration; "the largest 20", "the largest of the seven", "respectively", a superlative of a change ("the largest drop"), of a time ("the lowest since"), of several ("the lowest offers"); a rival of another year unless the top is a record; wholes, conversions and the total a "largest of which" ranks within are not peers',
         frame="rank", weigh=evaluate.rank, read=superlative_ranks),
    Rule("place-within-group", "read_places.py",
         "an ordinal place and the size of the group it is a place in, right after it: \"15th place in the 20-strong "
         "Primera Liga\", \"the 12th time in 13 appearances\", \"5th of 6 runners\"",
         "a group counted in time (\"the third time in two years\"), a group not a count, an ordinal of anything "
         "but a place or an occasion (\"the 23rd chairman of the five-member commission\")",
         frame="place", weigh=evaluate.place),
    Rule("multiple", "read_multiples.py",
         "a figure said to be a multiple of the next of its kind and unit, after a comma or a verb of being: \"2.6 billion "
         "shares, more than double the record of 1.1 billion\", \"300 tonnes were three times the 150 tonnes\", \"4,000 "
         "doctors, half the 8,000 it had\", \"N times as many as\", \"N times more than\" (N or N + 1 times); a hedge "
         "bounds it as for a change (\"more than\", \"nearly\"); a multiple said first with its two figures after a colon "
         "or a dash (\"costs twice as much as under her predecessor: £4.8m, against £4.5m\", \"three times as likely: 4.1% "
         "..., against 2.7%\")",
         "a multiple of something else (\"twice a day\", \"double-digit\", \"the second half\"), more than three "
         "words between the figure and the multiple or between the multiple and the other figure, figures of other kinds "
         "or units",
         frame="multiple", weigh=evaluate.multiple),
    Rule("order", "read_orders.py",
         'a figure set above or below one other of its kind and unit, after a comma, dash or verb: "8%, ahead of '
         'internet services at 6%", "$8bn runs second to Alaska\'s $11.4bn", "17.95 mln tonnes, well below its capacity '
         'of 32 mln", "beating", "short of", "higher than"',
         'the words right after a figure ("30 points above": a difference), a figure after a word of change ("rose 30 '
         'points, above 1,200"), kinds or units that differ, durations, vague figures; a pair a superlative already ranks',
         frame="order", weigh=evaluate.order),
    Rule("record", "records.py",
         'a figure introduced by "previous/former/old record (high, low, best)" against the figure introduced as the record ("a record 122,819", "an all-time high of", "a peak of"), in the same sentence if there is one, else the one sharing most words',
         'durations (a record time may be long or short); no figure introduced as the record',
         read=records_beaten),
    Rule("vague-matches-exact", "vague.py, read_vague.py",
         "\"thousands\", \"dozens\", ... against a stated total, a figure named in the same words, or the figure the "
         "text says counts the same group (\"740 in total\", \"police put the crowd at 4,500\", alone in a bracket: "
         "\"Dozens of schools (43 in all)\")",
         "a figure merely near the vague word, a bracket that says more (\"Hundreds of people (30 of them children)\"); "
         "up to twice the range is a `warn`",
         frame="vague", weigh=evaluate.vague, read=vague_matches_exact),
    Rule("fraction-as-percent", "read_restated.py",
         "a fraction set beside the percentage that restates it: \"less than a quarter (24%)\", \"two-thirds of voters, "
         "68%\", \"nearly 1 in 4 shoppers surveyed (24%)\", \"19.9% of the population that age, or about 1 in 5 people\"; a fraction in words holds to the nearest simple fraction",
         "a percentage \"of\" something else or of a change (\"up 5%\"); figures not side by side",
         frame="restated", weigh=evaluate.restated),
    Rule("conversion", "read_conversions.py, units.py",
         "a figure restated right after it in another currency (\"$546m (£290m)\", \"14bn euros ($18.34bn; £9.6bn)\"), "
         "unit (\"10,000ft (3,048m)\", \"0.6C (1.08F)\") or period (\"£23,000, or around £442 a week\"): the rate two "
         "currencies imply against the range it has kept since 1980, a unit or period converted within rounding",
         "a bracket holding anything but restatements (\"(up from £290m)\"), a currency or unit outside units.py, the "
         "same currency with no period (\"10.2 mln dlrs or 1.10 dlrs a share\"); a rate up to twice outside its range, "
         "or a conversion up to a quarter off, is a `warn`",
         frame="conversion", weigh=evaluate.conversion),
    Rule("change", "read_changes.py",
         "old and new levels with a rate (\"rose 25% to £1.2bn from £960m\", \", or 12.9%\", \"42 pct above the 16.98 "
         "billion\"), a factor (\"doubled\", \"by a third\") or, with none, the direction (\"fell to 29.0 pct from 3.0 pct\", \"jumped to 2.4m bpd, compared with 474,000 bpd in 1973\", "
         "\"171,118 tonnes ... in calendar 1986, down from 355,652 tonnes\", \"71% was well down on his season average of 64%\"); a rise by an amount of a count, a measure or a sum of money "
         "is no more than the level it rose to (\"rose 7,000 to 4.464 million\", \"£800m - up £40m on last year\", \"closed at 113.5p, up 8.5p, or 8.1%\"); "
         "the old level may open the next sentence (\"That compared with €650m a year earlier\") or be named earlier by the "
         "noun the change's words change (\"a debt of £103m ... reducing the debt to £25m\"); asides, periods, "
         "attributions and each level's restatement read past (\"to 500,000 shares, or 4.0 pct of the total, from "
         "900,000 shares, or 7.3 pct\": the second rate restates its level as the first did); \"a 12 pct fall in total group sales to\", \"a premium of 26.2 pct over the closing price "
         "of\", \"more than doubled\" (a bound), \"by nearly a third\" (to a tenth of the fraction); a bare number beside "
         "a scaled one read at its scale (\"to 18.1 from 20.7 billion marks\")",
         "a rate of another base (\"5.7 pct of turnover\", \"a year\", \"from last year\"), rates beside rates, ranges, "
         "levels written to different scales; a direction beside a compared level when the change has its own rate or "
         "amount, or its levels are rates; a rise of a net figure, a balance or what a business earned (may have been "
         "below nil), or of a bare price in a market report (\"gained 60 cents each to 8.10\": \"to\" may join a range); "
         "a bare level in words or beside one in cents (\"from its four year low\", \"to 24 cents from 22\"); "
         "a comparison with another period than a year before is a `warn`",
         frame="change", weigh=evaluate.change),
    Rule("difference", "read_changes.py, read_gaps.py",
         "a change by an amount (\"up 200 to 1,500 from 1,300\"), a gap (\"a majority of 5,907\", \"£2.5bn less than "
         "the £37.5bn\", \"exceeded departures by 685,000, with ...\", \"38 more girls than boys, with 512 girls and 374 "
         "boys\") and a deficit or surplus between its two named sides (\"with exports of €131.2bn and imports of €92.8bn\")",
         "a balance whose sides are not named by a pair of BALANCES words, beside another balance, or in a sentence of "
         "another period; an amount set against a comparison, not a move \"from\"",
         frame="gap", weigh=evaluate.gap),
    Rule("sum", "read_totals.py",
         "a total and its listed parts: \"Of the 40 victims, 25 ...\", \"1,450 people, including 300 ...\", \"made up of\", "
         "\"..., making €75m\", \"In all, 38\", \"Of those, 380 ...\", \"Within this, internet fraud totalled £43m\" and "
         "\"That took the year's total to 2.2 million\" in the next sentence; parts listed in a bracket (\"3,200 children "
         "(1,480 from cities, ...)\"); equal when the cue says all",
         "parts that are names, ages, prices per item or durations; net figures; counts of other things outside a breakdown",
         frame="total", weigh=evaluate.total),
    Rule("share", "read_shares.py",
         "a rate of a whole and its part: \"20% of its 300 staff, or 60\", \"12,400 pupils, or 8% of the 155,000\", "
         "\"18% of them, some 610 miles\", \"This is nearly half of\"",
         "\"of the total\" with no figure stated as a total; a participle or range beside the rate",
         frame="share", weigh=evaluate.share),
    Rule("pointed-back", "read_pointed.py",
         '"458 miles of those 738 miles", "Of those 192 deaths", "for that $173 per diem", "the same 2,310 ballots": a figure '
         'after words that point back, against the figure of its kind and unit stated before it in its sentence or the two before',
         'a figure with no unit, a duration; two or more figures it may point to, none agreeing; "that" after anything but a '
         'preposition ("said that 140 people")',
         frame="pointed", weigh=evaluate.pointed),
    Rule("repeated", "repeated.py",
         'the same kind, unit and subject in two sentences that share three content words; across articles too (one finding linking both, shown on both pages); `fail` only when both name the quantity in the same words (and, across articles, the same year)',
         'another period ("first quarter" / "current quarter"), "another", "vs" rows: a `warn`; across articles, a disagreement worded differently is not reported',
         read=repeated_figures),
)
WEIGHS = {rule.frame: rule.weigh for rule in RULES if rule.frame}


def run_checks(claims: list[Claim]) -> list[Finding]:
    """Every rule over one article's claims; a relation two rules read alike ('thousands'
    against 5,600, by the words they share and as a restatement; '300 + 1,300 > 1,450' as parts
    of a whole and as a listed total) is reported once, by the first: the frames, which know
    more of what the sentence says ('made up of': the parts are all of the total), then the
    rules that read the whole article. A rule read both ways says what it found of a figure
    once: a superlative ranked as the sentence sets it against others, not again against
    every figure of its kind."""
    findings: dict[frozenset, Finding] = {}
    claims = shared_scales(claims)  # 'to 18.1 from 20.7 billion marks': both in billions
    framed = [finding for frame in read_frames(claims) for finding in WEIGHS[frame.type](frame, claims)]
    read = [finding for rule in RULES if rule.read for finding in rule.read(claims)]
    named = {(finding.rule, finding.claims[0]) for finding in framed}
    for finding in framed + [f for f in read if (f.rule, f.claims[0]) not in named]:
        findings.setdefault(frozenset(finding.claims), finding)
    return list(findings.values())


def table() -> str:
    """The markdown table of rules for docs/checks.md."""
    lines = ["| rule | module | reads | silent when |", "|---|---|---|---|"]
    lines += [f"| `{rule.name}` | `{rule.module}` | {rule.reads} | {rule.silent} |" for rule in RULES]
    return "\n".join(lines) + "\n"
