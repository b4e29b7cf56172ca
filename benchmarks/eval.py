"""`make eval`: extraction scored against the hand-labelled gold claims in tests/gold, and
the consistency checks against the gold relations and over the whole BBC and Reuters corpora.

Prints precision, recall and F1 of span+value, and the accuracy of each field over
the hits, per corpus; `--examples` lists every miss, false alarm and wrong field;
`--heldout` scores tests/heldout instead, articles the rules were never tuned on.
`--forms` scores the phrase table of number forms (tests/gold/forms.jsonl), family by family.
`--subjects` scores the subjects of tests/gold/subjects (scored once, when the subject work is done);
`--subjects subjects_dev` the development set the subject rules are shaped on.
`--parts` scores the part-of links on the newest sealed set (tests/gold/parts3: scored once, when the
work is done); `--parts parts` or `--parts parts2` an earlier, spent set.
`--sealed` scores the checks on the newest sealed set (tests/gold/sealed8) by tier and rule,
and how many of its relations a finding or a proposed check names; `--sealed sealed` (or
sealed2 to sealed7) an earlier, spent set. A sealed set is scored once, when the work is done (see its README).
"""

from __future__ import annotations

import json
import sys
from importlib import resources
from pathlib import Path

from workbench.checks.rules import run_checks
from workbench.checks.proposals import propose
from workbench.checks.scoring import coverage, load_pairs, load_relations, pairs_caught, sensitivity
from workbench.extract import extract_claims
from workbench.readers import claims_of
from workbench.extract.scoring import FIELDS, load_gold, load_labelled, score, score_forms, score_parts, score_subjects

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "gold"
CORPUS = ROOT.parent / "shared" / "corpus"


def seed_texts() -> dict[str, str]:
    return {("seed", "isis-returnees"): resources.files("workbench").joinpath("demo/isis-returnees.txt").read_text(encoding="utf-8")}


def main(argv: list[str]) -> None:
    if not CORPUS.exists():
        sys.exit(f"{CORPUS} is absent: the gold articles' texts are read from the corpus")
    if "--forms" in argv:
        report_forms("--examples" in argv)
        return
    if "--subjects" in argv:
        named = argv[argv.index("--subjects") + 1:argv.index("--subjects") + 2]
        report_subjects(GOLD / (named[0] if named and not named[0].startswith("--") else "subjects"), "--examples" in argv)
        return
    if "--parts" in argv:
        named = argv[argv.index("--parts") + 1:argv.index("--parts") + 2]
        report_parts(GOLD / (named[0] if named and not named[0].startswith("--") else "parts3"), "--examples" in argv)
        return
    if "--sealed" in argv:
        named = argv[argv.index("--sealed") + 1:argv.index("--sealed") + 2]
        report_sealed(GOLD / (named[0] if named and not named[0].startswith("--") else "sealed8"), "--examples" in argv)
        return
    articles = load_gold(ROOT / "tests" / "heldout" if "--heldout" in argv else GOLD, CORPUS, seed_texts())
    tallies = score(articles, extract_claims)
    header = f"{'corpus':8} {'articles':>8} {'gold':>5} {'P':>6} {'R':>6} {'F1':>6}  " + "  ".join(f"{f:>7}" for f in FIELDS) + "    named"
    print(header)
    for corpus, tally in sorted(tallies.items(), key=lambda kv: kv[0] == "all"):
        count = len(articles) if corpus == "all" else sum(a.corpus == corpus for a in articles)
        fields = "  ".join(f"{tally.accuracy(f):7.3f}" for f in FIELDS)
        print(f"{corpus:8} {count:8} {tally.hits + tally.misses:5} {tally.precision:6.3f} {tally.recall:6.3f} {tally.f1:6.3f}  {fields}"
              f"  {tally.named_subject:7.3f}")
    if "--examples" in argv:
        print("\n".join(tallies["all"].examples))
    if "--heldout" not in argv:
        report_checks("--examples" in argv)


def report_checks(examples: bool) -> None:
    """Sensitivity on the gold relations, and how many articles of each corpus get a `fail` finding."""
    measured = sensitivity(load_relations(GOLD / "relations", CORPUS), claims_of, run_checks)
    tried = measured.caught + len(measured.missed)
    print(f"\nchecks: broken gold relations caught {measured.caught} of {tried} "
          f"(sensitivity {measured.rate:.3f}); fail findings on relations that hold: {len(measured.false_alarms)}")
    if examples:
        print("\n".join("missed: " + m for m in measured.missed))
    pairs = pairs_caught(load_pairs(GOLD / "synthetic.jsonl"), claims_of, run_checks)
    print(f"checks: synthetic pairs caught {pairs.caught} of {pairs.caught + len(pairs.missed)} ({pairs.rate:.3f}); "
          f"fail findings on intact texts: {len(pairs.false_alarms)}")
    for name, path in (("BBC", "bbc/articles.jsonl"), ("Reuters", "reuters21578/articles.jsonl")):
        failing = []
        with (CORPUS / path).open(encoding="utf-8") as lines:
            records = [json.loads(line) for line in lines]
        for record in records:
            fails = [f for f in run_checks(claims_of(record["text"])) if f.status == "fail"]
            if fails:
                failing.append(f"{record['id']}: {fails[0].rule}: {fails[0].explanation}")
        print(f"checks: {name} articles with a fail finding: {len(failing)} of {len(records)} "
              f"({100 * len(failing) / len(records):.1f}%)")
        if examples:
            print("\n".join(failing))

def report_forms(examples: bool) -> None:
    """The phrase table of number forms (tests/gold/forms.jsonl): per family, the rows read as
    the table says."""
    rows = [json.loads(line) for line in (GOLD / "forms.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    tally = score_forms(rows, extract_claims)
    print(f"forms: {sum(tally.right.values())} of {sum(tally.rows.values())} rows read as the table says")
    for family in sorted(tally.rows):
        print(f"  {family:22} {tally.right[family]:3} of {tally.rows[family]:3}")
    if examples:
        print("\n".join("  wrong: " + line for line in tally.wrong))


def report_subjects(folder: Path, examples: bool) -> None:
    """Subjects on tests/gold/subjects (see its README): of the labelled figures extraction
    reads, how many name what the label names, by how the labeller found it."""
    tally = score_subjects(load_labelled(folder, CORPUS), claims_of)
    found = sum(tally.found.values())
    print(f"subjects: {tally.figures} figures labelled, {found} read by extraction, "
          f"subject right on {sum(tally.right.values())} ({tally.accuracy:.3f})")
    for why in sorted(tally.found):
        print(f"  {why:13} right {tally.right[why]:3} of {tally.found[why]:3}")
    if examples:
        print("\n".join("  wrong: " + line for line in tally.wrong))


def report_parts(folder: Path, examples: bool) -> None:
    """Part-of links on a set of tests/gold/parts* (see its README), through `workbench extract`'s path."""
    tally = score_parts(load_labelled(folder, CORPUS), claims_of)
    print(f"parts: {tally.relations} labelled, both figures read for {tally.read}, linked to the labelled whole "
          f"{tally.right} ({tally.right / max(tally.read, 1):.3f} of those read); links made {tally.links}, "
          f"of them unlabelled {tally.false_links}")
    if examples:
        print("\n".join("  wrong: " + line for line in tally.wrong))


def report_sealed(folder: Path, examples: bool) -> None:
    """The sealed relations' sensitivity per tier and per rule, fails on relations that hold,
    and per tier the relations a finding or a proposal names as written."""
    relations = load_relations(folder, CORPUS)
    for label, key in (("tier", lambda r: r.tier), ("rule", lambda r: r.rule)):
        for value in sorted({key(r) for r in relations}):
            measured = sensitivity([r for r in relations if key(r) == value], claims_of, run_checks)
            tried = measured.caught + len(measured.missed)
            print(f"sealed {label} {value:12} caught {measured.caught:3} of {tried:3} ({measured.rate:.3f}); "
                  f"figures in words {len(measured.untouchable)}; fails on relations that hold {len(measured.false_alarms)}")
            if examples and label == "tier":
                print("\n".join("  missed: " + m for m in measured.missed))
    closer = [r for r in relations if r.tier in ("sentence", "adjacent")]
    measured = sensitivity(closer, claims_of, run_checks)
    print(f"sealed sentence+adjacent caught {measured.caught} of {measured.caught + len(measured.missed)} ({measured.rate:.3f})")
    for tier in ("sentence", "adjacent", "distant"):
        covered = coverage([r for r in relations if r.tier == tier], claims_of, run_checks, propose)
        tried = covered.checked + covered.proposed + len(covered.missed)
        print(f"sealed {tier:8} as written: named by a finding {covered.checked}, by a proposal {covered.proposed}, "
              f"of {tried} ({covered.rate:.3f})")
        if examples:
            print("\n".join("  not named: " + m for m in covered.missed))


if __name__ == "__main__":
    main(sys.argv[1:])
