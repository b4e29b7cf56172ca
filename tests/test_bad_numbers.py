"""Numbers from forms and query strings, through the one parser (workbench/parsing.py):
digits that str.isdigit() and int() take but no form means ('²', '①', '١'), and figures
past a float ('1e999', which reads as inf). Each was a server error, or worse was stored;
each is now a 422 naming the field, and changes nothing."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup
from click.testing import CliRunner

from workbench import store
from workbench.cli import cli
from workbench.parsing import NumberError, decimal, whole

HTMX = {"HX-Request": "true"}
# Digits str.isdigit() and int() take that a form never means: superscript two, circled
# one, Arabic-Indic one, and a fullwidth five.
FOREIGN_DIGITS = ["²", "①", "١", "５"]
NOT_FINITE = ["1e999", "-1e999", "nan", "inf", "Infinity", "9" * 400]


def errors_of(response) -> list[str]:
    page = BeautifulSoup(response.get_data(as_text=True), "html.parser")
    return [p.text for p in page.select(".field-error, [role=alert]")]


# The one parser of numbers


@pytest.mark.parametrize("text", [*FOREIGN_DIGITS, "", " 1", "1 ", "+1", "-1", "1_000", "1.0", "0x10", "\ud800",
                                  str(2**63), "9" * 5000])
def test_a_whole_number_is_ascii_digits_up_to_sqlites_largest(text):
    with pytest.raises(NumberError) as refused:
        whole(text, "start")
    assert refused.value.field == "start" and "'start'" in str(refused.value)


@pytest.mark.parametrize("text", [*FOREIGN_DIGITS, *NOT_FINITE, "", "1.2bn", "1,00", "١٢.٥", "\ud800"])
def test_a_decimal_is_ascii_digits_and_finite(text):
    with pytest.raises(NumberError) as refused:
        decimal(text, "value")
    assert refused.value.field == "value" and "'value'" in str(refused.value)


@pytest.mark.parametrize("text, number", [("0", 0), ("120", 120), (str(2**63 - 1), 2**63 - 1)])
def test_a_whole_number_reads_as_before(text, number):
    assert whole(text, "id") == number


@pytest.mark.parametrize("text, number", [("1,200", 1200), ("-2.5", -2.5), ("3.0", 3.0), (".5", 0.5),
                                          ("1e3", 1000.0), (str(2**64), 2**64)])
def test_a_decimal_reads_as_before(text, number):
    read = decimal(text, "value")
    assert read == number and type(read) is type(number)


# Forms


@pytest.mark.parametrize("digit", FOREIGN_DIGITS)
def test_a_reviewers_check_with_foreign_digits_is_a_422_naming_the_field(client, db, seed_id, digit):
    claims = {c["text"]: c["id"] for c in store.article_claims(db, seed_id)}
    for form in ({"first": [digit], "relation": "at-most", "second": str(claims["850"])},
                 {"first": [str(claims["425"])], "relation": "at-most", "second": digit},
                 {"first": [str(claims["425"])], "relation": "percent-of", "second": str(claims["850"]),
                  "percent": digit}):
        response = client.post(f"/articles/{seed_id}/checks", data=form, headers=HTMX)
        assert response.status_code == 422, form
        named = {"first": "'first'", "second": "'second'", "percent": "percentage"}
        wrong = next(name for name, value in form.items() if value in (digit, [digit]))
        assert any(named[wrong] in error for error in errors_of(response)), errors_of(response)
    assert store.reviewer_checks(db, seed_id) == []


@pytest.mark.parametrize("change", [{"start": "²"}, {"end": "①"}, {"start": "١"}, {"end": "9" * 5000}])
def test_an_added_figure_with_foreign_digits_in_its_offsets_is_a_422(client, db, seed_id, change):
    body = store.get_article(db, seed_id)["text"]
    start = body.index("900")
    form = {"start": str(start), "end": str(start + 3), "quote": "900", "reason": "missed"} | change
    before = store.article_claims(db, seed_id)
    response = client.post(f"/articles/{seed_id}/claims", data=form, headers=HTMX)
    assert response.status_code == 422
    assert any("Select the figure" in error for error in errors_of(response))
    assert store.article_claims(db, seed_id) == before


def correction_form(claim: dict, **changes) -> dict:
    shown = {"value": str(claim["value"]), "unit": claim["unit"] or "", "subject": claim["subject"] or ""}
    return {**shown, **{f"was_{k}": v for k, v in shown.items()}, "reason": "misread"} | changes


@pytest.mark.parametrize("value", [*NOT_FINITE, *FOREIGN_DIGITS])
def test_a_correction_to_no_finite_number_is_refused_and_the_page_still_opens(client, db, seed_id, value):
    """1e999 reads as a float, inf: stored, it made the article page a 500 for good and the
    export write Infinity, which is not JSON."""
    claim = next(c for c in store.article_claims(db, seed_id) if c["text"] == "900")
    response = client.post(f"/claims/{claim['id']}/correction", data=correction_form(claim, value=value))
    assert response.status_code == 422
    assert any("such as 1200000000" in error for error in errors_of(response))
    assert store.get_claim(db, claim["id"])["value"] == 900
    assert client.get(f"/articles/{seed_id}").status_code == 200
    assert "Infinity" not in client.get("/export/verdicts.json").get_data(as_text=True)


@pytest.mark.parametrize("value", [float("inf"), float("-inf"), float("nan")])
def test_the_store_never_keeps_a_figure_that_is_not_finite(db, seed_id, value):
    claim = next(c for c in store.article_claims(db, seed_id) if c["text"] == "900")
    with pytest.raises(ValueError, match="finite"):
        store.correct_claim(db, claim["id"], {"value": 900}, {"value": value, "low": value, "high": value}, "x", "Ana")
    assert store.get_claim(db, claim["id"])["value"] == 900
    assert store.article_corrections(db, seed_id) == {}


def test_a_stale_version_on_a_claim_without_a_verdict_is_a_409_that_keeps_what_was_typed(client, db, seed_id):
    claim_id = store.article_claims(db, seed_id)[0]["id"]
    form = {"label": "accurate", "rationale": "Checked against the Home Office figures.", "base_version": "3"}
    response = client.post(f"/claims/{claim_id}/verdict", data=form, headers=HTMX)
    assert response.status_code == 409
    assert "Checked against the Home Office figures." in response.get_data(as_text=True)
    assert any("out of date" in error for error in errors_of(response))
    assert store.current_verdict(db, claim_id) is None
    again = client.post(f"/claims/{claim_id}/verdict", data=form | {"base_version": "0"}, headers=HTMX)
    assert again.status_code == 200 and store.current_verdict(db, claim_id)["version"] == 1


@pytest.mark.parametrize("digit", ["٠", "０", "⁰"])
def test_a_verdicts_version_in_foreign_digits_is_refused(client, db, seed_id, digit):
    """int() reads '٠' as 0: the save went through on a version nobody wrote."""
    claim_id = store.article_claims(db, seed_id)[0]["id"]
    form = {"label": "accurate", "rationale": "Checked.", "base_version": digit}
    response = client.post(f"/claims/{claim_id}/verdict", data=form, headers=HTMX)
    assert response.status_code == 422
    assert store.current_verdict(db, claim_id) is None


@pytest.mark.parametrize("name", ["after", "limit"])
@pytest.mark.parametrize("digit", ["١", "５", " 5", "+5"])
def test_an_api_parameter_in_foreign_digits_is_a_422_naming_it(client, seed_id, name, digit):
    response = client.get("/api/v1/articles", query_string={name: digit})
    body = response.get_json()
    assert response.status_code == 422 and body["field"] == name, body


# The command line


@pytest.mark.parametrize("args", [["check", "{id}"], ["export", "--article", "{id}"], ["token", "revoke", "{id}"]])
@pytest.mark.parametrize("given", [str(2**63), "9" * 30, "١", "²"])
def test_an_id_on_the_command_line_is_read_as_the_web_reads_one(db_path, seed_id, args, given):
    """click's int read '١' as article 1, and an id past SQLite's integers ended in an
    OverflowError's traceback."""
    result = CliRunner().invoke(cli, [arg.format(id=given) for arg in args] + ["--db", str(db_path)])
    assert result.exit_code == 2 and isinstance(result.exception, SystemExit), result.output
    assert "Invalid value" in result.output and ("digits 0-9" in result.output or "at most" in result.output)
