"""Pages and htmx fragments, through Flask's test client on a real database file."""


import json

import jsonschema
import pytest
from bs4 import BeautifulSoup

from workbench import store
from workbench.export import json_schema

from .conftest import sign_in

HTMX = {"HX-Request": "true"}


def soup(response):
    return BeautifulSoup(response.get_data(as_text=True), "html.parser")


def test_articles_page_lists_articles_with_counts(client, db, seed_id):
    claims = store.article_claims(db, seed_id)
    store.save_verdict(db, claims[5]["id"], 0, "accurate", "ok", [], "Ana")
    page = soup(client.get("/"))
    row = page.select_one("table.article-list tbody tr")
    assert row.select_one("a").text == "Thousands Of Jihadists Return Home In ISIS Defeat"
    # The same n of m as the article page: years and other optional kinds are not asked for.
    to_review = sum(c["kind"] not in store.OPTIONAL_KINDS for c in claims)
    assert to_review == store.article_progress(db, seed_id)["total"] < 14
    assert [td.text for td in row.select("td.num")] == ["14", f"1 of {to_review}", "0"]


def test_pasting_an_article_stores_it_and_opens_its_page(client, db):
    response = client.post("/articles", data={"text": "Budget news\n\nThe council spent £1.2m on roads."})
    assert response.status_code == 303
    page = soup(client.get(response.headers["Location"]))
    assert page.select_one("h1").text == "Budget news"
    assert [m.text for m in page.select(".body mark")] == ["£1.2m"]


def test_an_empty_paste_keeps_the_form(client, db):
    response = client.post("/articles", data={"text": "   "})
    assert response.status_code == 422 and store.count_articles(db) == 0


def test_article_page_escapes_the_text_and_marks_every_claim(client, db):
    response = client.post("/articles", data={"text": "<script>alert(1)</script>\n\nAbout 100 <b>people</b> came."})
    html = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;b&gt;people&lt;/b&gt;" in html


def test_seed_page_has_text_claims_and_findings(client, seed_id):
    page = soup(client.get(f"/articles/{seed_id}"))
    assert len(page.select(".body a.claim mark")) == 14
    assert len(page.select(".claims .claim-item")) == 14
    explanations = [p.text for p in page.select(".finding .explanation")]
    assert explanations[0].startswith("900 + 800 + 760 + 425 = 2,885 <= 5,600")
    assert page.select_one('script[src="/vendor/htmx.min.js"]') is not None


def test_htmx_verdict_save_returns_the_widget_with_the_saved_verdict(client, db, seed_id):
    claim = store.article_claims(db, seed_id)[5]
    form = {"label": "accurate", "rationale": "Soufan table: 900.", "sources": "https://example.org/soufan",
            "base_version": "0"}
    response = client.post(f"/claims/{claim['id']}/verdict", data=form, headers=HTMX)
    assert response.status_code == 200
    widget = soup(response)
    assert widget.select_one("html") is None
    assert widget.select_one(".current .badge").text == "Accurate"
    assert widget.select_one(".saved").text == "Saved."
    assert widget.select_one('input[name="base_version"]')["value"] == "1"
    assert store.current_verdict(db, claim["id"])["rationale"] == "Soufan table: 900."


def test_a_stale_save_gets_409_and_keeps_what_was_typed(client, db, seed_id):
    claim_id = store.article_claims(db, seed_id)[5]["id"]
    store.save_verdict(db, claim_id, 0, "accurate", "First.", [], "Ben")
    form = {"label": "inaccurate", "rationale": "My careful reasoning.", "sources": "",
            "base_version": "0"}
    response = client.post(f"/claims/{claim_id}/verdict", data=form, headers=HTMX)
    assert response.status_code == 409
    widget = soup(response)
    assert "Ben saved a verdict" in widget.select_one(".conflict").text
    assert widget.select_one('textarea[name="rationale"]').text == "My careful reasoning."
    assert widget.select_one('input[name="base_version"]')["value"] == "1"
    assert store.current_verdict(db, claim_id)["rationale"] == "First."


def test_an_invalid_verdict_gets_422_with_field_errors(client, db, seed_id):
    claim_id = store.article_claims(db, seed_id)[1]["id"]  # '10 million': no check vouches for it
    form = {"label": "", "rationale": "", "sources": "not a url", "base_version": "0"}
    response = client.post(f"/claims/{claim_id}/verdict", data=form, headers=HTMX)
    assert response.status_code == 422
    assert len(soup(response).select(".field-error")) == 3
    assert store.current_verdict(db, claim_id) is None


def test_a_save_refused_for_a_bad_field_keeps_the_version_the_reviewer_started_from(
        app, client, db, seed_id, password_hash):
    """Ana saves while Ben edits; Ben's save with a bad source is refused, and his corrected
    save must meet Ana's verdict as a conflict rather than replace it unseen."""
    ben = sign_in(app.test_client(), store.add_user(db, "Ben", password_hash, "reviewer", actor="setup"))
    claim_id = store.article_claims(db, seed_id)[5]["id"]
    url = f"/claims/{claim_id}/verdict"
    started = soup(ben.get(url, headers=HTMX)).select_one('input[name="base_version"]')["value"]
    assert client.post(url, data={"label": "accurate", "rationale": "Ana's reading.", "base_version": "0"},
                       headers=HTMX).status_code == 200
    form = {"label": "misleading", "rationale": "Ben's reading.", "sources": "www.example.org/no-scheme",
            "base_version": started}
    refused = ben.post(url, data=form, headers=HTMX)
    assert refused.status_code == 422
    assert "www.example.org/no-scheme" in soup(refused).select_one(".field-error").text
    form = {**form, "sources": "https://www.example.org/scheme",
            "base_version": soup(refused).select_one('input[name="base_version"]')["value"]}
    conflict = ben.post(url, data=form, headers=HTMX)
    assert conflict.status_code == 409
    assert "Ana saved a verdict" in soup(conflict).select_one(".conflict").text
    assert soup(conflict).select_one('textarea[name="rationale"]').text == "Ben's reading."
    assert store.current_verdict(db, claim_id)["rationale"] == "Ana's reading."


def test_a_correction_refused_for_a_bad_field_keeps_the_figure_as_its_reviewer_saw_it(
        app, client, db, seed_id, password_hash):
    """The same for corrections: Ben's corrected try meets Ana's correction as a conflict."""
    ben = sign_in(app.test_client(), store.add_user(db, "Ben", password_hash, "reviewer", actor="setup"))
    claim = store.article_claims(db, seed_id)[5]
    url, seen = f"/claims/{claim['id']}/correction", {"was_value": "900", "was_unit": claim["unit"] or "",
                                                       "was_subject": claim["subject"] or ""}
    typed = {**seen, "unit": claim["unit"] or "", "subject": claim["subject"] or ""}
    assert client.post(url, data={**typed, "value": "950", "reason": "Ana's typo fix"}, headers=HTMX).status_code == 200
    refused = ben.post(url, data={**typed, "value": "lots", "reason": "Ben's reading"}, headers=HTMX)
    assert refused.status_code == 422
    form = {field["name"]: field.get("value", "") for field in soup(refused).select(".correct form input")}
    conflict = ben.post(url, data={**form, "value": "9000"}, headers=HTMX)
    assert conflict.status_code == 409
    assert store.article_claims(db, seed_id)[5]["value"] == 950


def test_a_plain_form_post_redirects_back_to_the_claim(client, db, seed_id):
    claim_id = store.article_claims(db, seed_id)[0]["id"]
    form = {"label": "accurate", "rationale": "ok", "sources": "", "base_version": "0"}
    response = client.post(f"/claims/{claim_id}/verdict", data=form)
    assert response.status_code == 303 and response.headers["Location"].endswith(f"#c{claim_id}")


def test_export_endpoint_is_schema_valid_and_has_the_verdict(client, db, seed_id):
    claim_id = store.article_claims(db, seed_id)[5]["id"]
    store.save_verdict(db, claim_id, 0, "accurate", "ok", ["https://example.org/a"], "Ana")
    document = client.get("/export/verdicts.json").get_json()
    jsonschema.validate(document, json_schema())
    claim = next(c for c in document["articles"][0]["claims"] if c["id"] == claim_id)
    assert claim["verdict"]["sources"] == ["https://example.org/a"]
    assert client.get("/export/verdicts.json?article=999").status_code == 404


def test_json_api_serves_the_same_article(client, seed_id):
    listing = client.get("/api/v1/articles").get_json()
    assert listing["articles"][0]["claims"] == 14
    article = client.get(f"/api/v1/articles/{seed_id}").get_json()
    assert len(article["claims"]) == 14 and len(article["findings"]) == 6
    missing = client.get("/api/v1/articles/999")
    assert missing.status_code == 404 and missing.get_json()["ok"] is False


def test_htmx_is_served_from_our_origin_with_a_strict_policy(client):
    response = client.get("/vendor/htmx.min.js")
    assert response.status_code == 200 and b"htmx" in response.data[:2000]
    policy = client.get("/").headers["Content-Security-Policy"]
    assert "default-src 'self'" in policy and "unsafe-inline" not in policy


def test_unknown_article_and_claim_are_404(client):
    assert client.get("/articles/999").status_code == 404
    assert client.get("/claims/999/verdict").status_code == 404


def test_figures_in_a_failing_check_are_flagged_in_text_and_list(client):
    text = "Returnees\n\nTurkey had the largest contingent with 700 fighters. Another 800 have returned to Tunisia."
    page = soup(client.get(client.post("/articles", data={"text": text}).headers["Location"]))
    assert [a.text for a in page.select(".body a.claim.check-fail")] == ["700", "800"]
    item = page.select(".claims .claim-item")[0]
    assert item.select_one(".checks .check").text == "fail: superlative"


def test_years_are_shown_without_thousands_separators(client, seed_id):
    page = soup(client.get(f"/articles/{seed_id}"))
    readings = [item.select_one(".reading").text for item in page.select(".claims .claim-item")]
    assert any("value 2014" in r for r in readings) and any("value 10,000,000" in r for r in readings)


def test_a_reviewer_builds_a_check_that_is_kept_and_re_evaluated(client, db, seed_id):
    claims = {c["text"]: c["id"] for c in store.article_claims(db, seed_id)}
    form = {"first": [str(claims["100"]), str(claims["50"])], "relation": "sum-at-most",
            "second": str(claims["425"])}
    response = client.post(f"/articles/{seed_id}/checks", data=form, headers=HTMX)
    assert response.status_code == 200
    built = [f for f in soup(response).select(".finding") if "built by a reviewer" in f.text]
    assert built[0].select_one(".explanation").text == "100 + 50 = 150 <= 425 - pass"
    share = {"first": [str(claims["425"])], "relation": "percent-of", "second": str(claims["850"]),
             "percent": "40"}
    page = soup(client.post(f"/articles/{seed_id}/checks", data=share, headers=HTMX))
    assert "40% of 850 gives 340; stated 425 - fail" in page.text
    # `workbench check` re-evaluates the rules and the reviewers' checks alike.
    from workbench.rechecks import recheck
    statuses = sorted((f.rule, f.status) for f in recheck(db, seed_id) if f.origin == "reviewer")
    assert statuses == [("percent-of", "fail"), ("sum-at-most", "pass")]


def test_a_check_without_enough_figures_keeps_the_form(client, db, seed_id):
    claims = {c["text"]: c["id"] for c in store.article_claims(db, seed_id)}
    form = {"first": [], "relation": "percent-of", "second": str(claims["850"])}
    response = client.post(f"/articles/{seed_id}/checks", data=form, headers=HTMX)
    assert response.status_code == 422
    errors = [p.text for p in soup(response).select(".field-error")]
    assert "Pick at least two figures." in errors and "Give the percentage." in errors
    assert store.reviewer_checks(db, seed_id) == []


@pytest.mark.parametrize("percent", ["nan", "inf", "-Infinity"])
def test_a_percentage_that_is_no_number_is_refused(client, db, seed_id, percent):
    """Python reads these as floats; a NaN would be stored as NULL and break every later recheck."""
    claims = {c["text"]: c["id"] for c in store.article_claims(db, seed_id)}
    form = {"first": [str(claims["425"])], "relation": "percent-of", "second": str(claims["850"]), "percent": percent}
    response = client.post(f"/articles/{seed_id}/checks", data=form, headers=HTMX)
    assert response.status_code == 422
    assert "Give the percentage as a number, such as 40 or -2.5." in [p.text for p in soup(response).select(".field-error")]
    assert store.reviewer_checks(db, seed_id) == []


def test_a_finding_shows_its_figures_in_the_text(client, db, seed_id):
    finding = next(f for f in store.article_findings(db, seed_id) if f["rule"] == "parts-within-whole"
                   and len(f["claims"]) == 3)
    page = soup(client.get(f"/articles/{seed_id}?finding={finding['id']}"))
    focused = sorted(int(a["id"][1:]) for a in page.select(".body a.claim.focus"))
    assert focused == sorted(finding["claims"])
    assert "shown" in page.select_one(f"#f{finding['id']}")["class"]
    assert page.select_one(f"#f{finding['id']} a.show")["href"] == f"/articles/{seed_id}?finding={finding['id']}#text"
    assert not soup(client.get(f"/articles/{seed_id}")).select(".body a.claim.focus")


def test_the_verdict_moves_the_claim_to_reviewed_and_only_an_admin_publishes(client, admin_client, db, seed_id):
    claim_id = store.article_claims(db, seed_id)[5]["id"]
    assert client.post(f"/claims/{claim_id}/state", data={"state": "reviewed"}, headers=HTMX).status_code == 422
    client.post(f"/claims/{claim_id}/state", data={"state": "in review"}, headers=HTMX)
    assert store.claim_state(db, claim_id) == "in review"
    client.post(f"/claims/{claim_id}/verdict", data={"label": "accurate", "rationale": "ok", "base_version": "0"})
    assert store.claim_state(db, claim_id) == "reviewed"
    refused = client.post(f"/claims/{claim_id}/state", data={"state": "published"}, headers=HTMX)
    assert refused.status_code == 403 and store.claim_state(db, claim_id) == "reviewed"
    published = admin_client.post(f"/claims/{claim_id}/state", data={"state": "published"}, headers=HTMX)
    assert published.status_code == 200 and soup(published).select_one(".state").text == "published"
    assert client.post(f"/claims/{claim_id}/state", data={"state": "unreviewed"}, headers=HTMX).status_code == 403
    assert [s["state"] for s in store.state_history(db, claim_id)] == ["in review", "reviewed", "published"]


def test_the_claim_page_shows_every_event_in_order(client, db, seed_id):
    claim = store.article_claims(db, seed_id)[5]
    client.post(f"/claims/{claim['id']}/verdict", data={"label": "accurate", "rationale": "First *look*.", "base_version": "0"})
    client.post(f"/claims/{claim['id']}/correction", data={
        "value": "950", "unit": claim["unit"] or "", "subject": claim["subject"] or "", "reason": "typo",
        "was_value": str(claim["value"]), "was_unit": claim["unit"] or "", "was_subject": claim["subject"] or ""})
    client.post(f"/claims/{claim['id']}/verdict", data={"label": "inaccurate", "rationale": "Second.", "base_version": "1"})
    page = soup(client.get(f"/claims/{claim['id']}"))
    events = [li["class"][0] for li in page.select(".timeline li")]
    assert events == ["event-verdict", "event-state", "event-correction", "event-verdict", "event-state"]
    assert page.select_one(".timeline .rationale em").text == "look"


@pytest.mark.parametrize("typed, shown", [
    ("<script>alert(1)</script>", "&lt;script&gt;"),
    ("[x](javascript:alert(1))", "[x](javascript:alert(1))"),
    ("<img src=x onerror=alert(1)>", "&lt;img"),
])
def test_a_markdown_rationale_cannot_carry_markup(client, db, seed_id, typed, shown):
    claim_id = store.article_claims(db, seed_id)[5]["id"]
    response = client.post(f"/claims/{claim_id}/verdict", data={"label": "accurate", "rationale": typed, "base_version": "0"},
                           headers=HTMX)
    rationale = soup(response).select_one(".current .rationale")
    assert shown in rationale.decode_contents()
    assert not rationale.select("script, img, a[href^=javascript]")


def test_the_article_page_shows_each_figures_state_and_the_progress(client, db, seed_id):
    claims = store.article_claims(db, seed_id)
    store.save_verdict(db, claims[5]["id"], 0, "accurate", "ok", [], "Ana")
    page = soup(client.get(f"/articles/{seed_id}"))
    states = {item["id"]: item.select_one(".workflow .state").text for item in page.select(".claim-item")}
    assert states.pop(f"c{claims[5]['id']}") == "reviewed"
    assert set(states.values()) == {"unreviewed"}
    progress = store.article_progress(db, seed_id)
    assert page.select_one(".progress").text.startswith(f"reviewed 1 of the {progress['total']} figures to check")
    live = [c for c in claims if not c["removed"]]
    covered = {c for f in store.article_findings(db, seed_id) for c in f["claims"]}
    assert f"{len(live)} figures, {len(covered & {c['id'] for c in live})} covered by checks" in page.select_one(".meta").text
    for item in page.select(".claim-item"):
        checks = item.select(".checks .check:not(.proposed)")
        uncovered = int(item["id"][1:]) not in covered
        assert [c.text for c in checks if "none" in c["class"]] == (["no check applies"] if uncovered else [])
        assert not (uncovered and item.select(".check.status-pass"))  # no check is never green


def test_a_card_shows_its_sentence_with_the_figure_marked_and_a_vague_figure_as_its_range(client, seed_id):
    page = soup(client.get(f"/articles/{seed_id}"))
    cards = {card.select_one(".span").text: card for card in page.select(".claim-item")}
    sentence = cards["900"].select_one(".in-sentence")
    assert sentence.text == "Turkey had the largest contingent with 900 fighters." and sentence.mark.text == "900"
    assert cards["thousands"].select_one(".reading").text.split("·")[0].split() == ["range", "2,000", "to", "9,999"]
    assert cards["900"].select_one(".reading").text.split()[:2] == ["value", "900"]


def test_a_save_through_htmx_brings_the_articles_count_up_to_date(client, db, seed_id):
    claim_id = store.article_claims(db, seed_id)[5]["id"]
    response = client.post(f"/claims/{claim_id}/verdict", data={"label": "accurate", "rationale": "ok", "base_version": "0"},
                           headers=HTMX)
    progress = soup(response).select_one("#progress[hx-swap-oob]")
    assert progress.text == f"reviewed 1 of the {store.article_progress(db, seed_id)['total']} figures to check"


def test_htmx_may_not_evaluate_code_or_leave_the_site(client, seed_id):
    """htmx's own switches, in the meta tag it reads at start: no eval, no script tags from
    swapped fragments, requests to this site only, and no inline indicator style (the CSP
    refuses inline style)."""
    for url in ("/", f"/articles/{seed_id}", "/queue"):
        config = json.loads(soup(client.get(url)).select_one('meta[name="htmx-config"]')["content"])
        assert (config["allowEval"], config["allowScriptTags"], config["selfRequestsOnly"],
                config["includeIndicatorStyles"]) == (False, False, True, False), url


def test_change_verdict_opens_with_the_current_rationale_and_sources(client, db, seed_id):
    claim_id = store.article_claims(db, seed_id)[5]["id"]
    store.save_verdict(db, claim_id, 0, "mostly-accurate", "Rounded: the table says 897.",
                       ["https://a.example/t", "https://b.example/u"], "Ben")
    widget = soup(client.get(f"/claims/{claim_id}/verdict"))
    form = widget.select_one("details.edit form")
    assert widget.select_one("details.edit summary").text == "Change verdict"
    assert form.select_one("select[name=label] option[selected]")["value"] == "mostly-accurate"
    assert form.select_one("textarea[name=rationale]").text == "Rounded: the table says 897."
    assert form.select_one("textarea[name=sources]").text == "https://a.example/t\nhttps://b.example/u"


def test_undo_saves_the_verdict_before_the_reviewers_own_as_a_new_version(client, db, seed_id):
    claim_id = store.article_claims(db, seed_id)[5]["id"]
    store.save_verdict(db, claim_id, 0, "accurate", "Ben's reading.", ["https://a.example/t"], "Ben")
    saved = client.post(f"/claims/{claim_id}/verdict", headers=HTMX,
                        data={"label": "inaccurate", "rationale": "Mine.", "sources": "", "base_version": "1"})
    assert soup(saved).select_one("form.undo input[name=base_version]")["value"] == "2"
    undone = client.post(f"/claims/{claim_id}/verdict/undo", data={"base_version": "2"}, headers=HTMX)
    assert undone.status_code == 200 and "Undone" in undone.get_data(as_text=True)
    history = store.claim_history(db, claim_id)
    assert [(v["version"], v["label"], v["reviewer"]) for v in history] == [
        (1, "accurate", "Ben"), (2, "inaccurate", "Ana"), (3, "accurate", "Ana")]  # nothing erased
    assert (history[-1]["rationale"], history[-1]["sources"]) == ("Ben's reading.", ["https://a.example/t"])
    # Again: version 3 is Ana's own, so it goes back to version 2; a stale base is refused.
    assert client.post(f"/claims/{claim_id}/verdict/undo", data={"base_version": "2"}, headers=HTMX).status_code == 409
    store.save_verdict(db, claim_id, 3, "misleading", "Ben again.", [], "Ben")
    refused = client.post(f"/claims/{claim_id}/verdict/undo", data={"base_version": "4"}, headers=HTMX)
    assert refused.status_code == 409 and len(store.claim_history(db, claim_id)) == 4  # not hers to undo


def test_a_first_verdict_is_changed_not_undone(client, db, seed_id):
    claim_id = store.article_claims(db, seed_id)[5]["id"]
    client.post(f"/claims/{claim_id}/verdict", headers=HTMX,
                data={"label": "accurate", "rationale": "Mine.", "sources": "", "base_version": "0"})
    refused = client.post(f"/claims/{claim_id}/verdict/undo", data={"base_version": "1"}, headers=HTMX)
    assert refused.status_code == 409 and "first verdict" in refused.get_data(as_text=True)
    assert len(store.claim_history(db, claim_id)) == 1


def test_a_conflict_offers_theirs_mine_and_a_merge(client, db, seed_id):
    claim_id = store.article_claims(db, seed_id)[5]["id"]
    store.save_verdict(db, claim_id, 0, "accurate", "Theirs <b>too</b>.", ["https://a.example/t"], "Ben")
    conflict = client.post(f"/claims/{claim_id}/verdict", headers=HTMX,
                           data={"label": "misleading", "rationale": "Mine.", "sources": "", "base_version": "0"})
    page = soup(conflict)
    actions = page.select_one(".conflict-actions")
    assert (actions["data-label"], actions["data-rationale"], actions["data-sources"]) == (
        "accurate", "Theirs <b>too</b>.", "https://a.example/t")
    assert actions.select_one("[hx-get]")["hx-get"] == f"/claims/{claim_id}/verdict"  # take theirs
    assert page.select_one("details.edit button[type=submit]").text == "Keep mine: save it over theirs"
    assert page.select_one("textarea[name=rationale]").text == "Mine."  # what was typed is kept


def test_keys_pick_labels_down_the_rating_scale(client, seed_id, tmp_path):
    from workbench.verdicts import load_labels

    assert [label.rating for label in load_labels().values()] == [5, 4, 3, 2, 1]
    path = tmp_path / "labels.json"
    path.write_text('[{"key": "false", "name": "False", "rating": 1}, {"key": "true", "name": "True", "rating": 5},'
                    ' {"key": "half", "name": "Half true", "rating": 3}]')
    assert list(load_labels(path)) == ["true", "half", "false"]
    keys = soup(client.get(f"/articles/{seed_id}")).select_one("#keys").text
    assert "1 Accurate (5 of 5), 2 Mostly accurate (4 of 5), 3 Unverifiable (3 of 5)" in keys


def test_a_figure_whose_checks_pass_may_go_without_a_rationale(client, db, seed_id):
    by_text = {c["text"]: c for c in store.article_claims(db, seed_id)}
    assert by_text["900"]["worst"] == "pass" and by_text["10 million"]["worst"] is None
    bare = {"label": "accurate", "rationale": "", "sources": "", "base_version": "0"}
    assert client.post(f"/claims/{by_text['900']['id']}/verdict", data=bare, headers=HTMX).status_code == 200
    assert store.current_verdict(db, by_text["900"]["id"])["rationale"] == ""
    refused = client.post(f"/claims/{by_text['10 million']['id']}/verdict", data=bare, headers=HTMX)
    assert refused.status_code == 422 and "only a figure whose checks pass" in refused.get_data(as_text=True)
    assert store.current_verdict(db, by_text["10 million"]["id"]) is None
