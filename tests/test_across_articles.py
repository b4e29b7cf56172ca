"""A figure restated in another article: one finding, shown in both articles, kept current."""

from bs4 import BeautifulSoup

from workbench import store
from workbench.ingest import import_document
from workbench.readers import read_text
from workbench.rechecks import recheck

EARLIER = "BT results\n\nBT said it had 3.3 million broadband customers in the UK at the end of 2004."
LATER = "Broadband race\n\nRivals are far behind BT's 3.5 million broadband customers in the UK at the end of 2004."


def add(db, text, name):
    return import_document(db, next(read_text(text, name, "txt"))).article_id


def repeated(db, article_id):
    return [(f["status"], f["article_id"], sorted(f["elsewhere"])) for f in store.article_findings(db, article_id)
            if f["rule"] == "repeated"]


def test_a_restated_figure_links_both_articles_once(client, db):
    earlier, later = add(db, EARLIER, "a.txt"), add(db, LATER, "b.txt")
    earlier_claim = store.article_claims(db, earlier)[0]["id"]
    later_claim = store.article_claims(db, later)[0]["id"]
    assert repeated(db, later) == [("fail", later, [earlier_claim])]
    assert repeated(db, earlier) == [("fail", later, [later_claim])]
    # Re-checking either article replaces the finding; it never doubles.
    recheck(db, earlier)
    recheck(db, later)
    recheck(db, earlier)
    assert repeated(db, later) == [("fail", earlier, [earlier_claim])]
    page = BeautifulSoup(client.get(f"/articles/{later}").get_data(as_text=True), "html.parser")
    link = page.select_one(".finding.status-fail a.elsewhere")
    assert link.text == "3.3 million in “BT results”" and link["href"] == f"/articles/{earlier}#c{earlier_claim}"


def test_correcting_one_article_re_evaluates_the_link(client, db):
    earlier, later = add(db, EARLIER, "a.txt"), add(db, LATER, "b.txt")
    claim = store.article_claims(db, later)[0]
    form = {"value": "3300000", "was_value": "3500000", "unit": claim["unit"], "was_unit": claim["unit"],
            "subject": claim["subject"], "was_subject": claim["subject"], "reason": "misread"}
    assert client.post(f"/claims/{claim['id']}/correction", data=form).status_code == 303
    assert [status for status, _, _ in repeated(db, earlier)] == ["pass"]
