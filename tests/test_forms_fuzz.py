"""Every route, sent any values in the fields the app reads, as an admin (who may reach them
all): a page, a refusal or a redirect, never a server error (hypothesis, 1,000 requests).

The values are what people and scripts really send by mistake or on purpose: numbers too
large for SQLite, "nan" and "inf" (which Python reads as floats), "1e999" (which reads as
inf), digits str.isdigit() takes and int() does not ("²", "①") or reads as others
(Arabic-Indic "١", fullwidth "５"), negative and padded numbers, dates that are none,
markup, NULs, paths, and text of any kind. (A lone surrogate cannot travel in a form:
its decoder replaces one; tests/test_bad_imports.py sends them in JSON.)
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .test_accounts import URL_VALUES, routes

# Every form and query field a view reads.
FIELDS = ["after", "again", "article", "assignee", "base_version", "before", "current", "disabled", "end", "finding",
          "first", "format", "kind", "label", "name", "new", "next", "password", "percent", "q", "quote", "rationale",
          "reason", "relation", "removed", "reviewed", "reviewer", "role", "second", "since", "sources", "start",
          "state", "subject", "text", "unit", "value", "was_subject", "was_unit", "was_value"]
VALUES = st.one_of(
    st.sampled_from(["", " ", "0", "1", "2", "-1", "01", "1.5", "1,000", "nan", "inf", "-Infinity", "1e309",
                     "1e999", "-1e999", "9" * 400, "²", "①", "١", "٣", "５", "1²", " 1",
                     str(2**63), "9" * 40, "true", "2024-13-45", "2024-01-01", "reviewer", "admin", "accurate",
                     "percent-of", "sum-equals", "published", "fail", "<script>alert(1)</script>", "\x00",
                     "../../etc/passwd", "https://example.org/a", "javascript:alert(1)"]),
    st.integers(-2**70, 2**70).map(str),
    st.text(st.characters(codec="utf-8"), max_size=40),
)
FORMS = st.dictionaries(st.sampled_from(FIELDS), st.lists(VALUES, min_size=1, max_size=3), max_size=8)
# Ids in paths: real rows, rows that are not there, and ids past SQLite's integers.
IDS = st.one_of(st.integers(0, 20), st.sampled_from([2**63 - 1, 2**63, 10**30]))
# Routes that would end the admin's own session, after which every request is a redirect.
SESSION_ENDERS = {"auth.logout", "admin.reset_password"}


@settings(max_examples=1000, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data())
def test_no_form_or_query_string_makes_a_server_error(app, admin_client, reviewer, seed_id, data):
    ids = {name: data.draw(IDS) if name.endswith("_id") else value for name, value in URL_VALUES.items()}
    method, url = data.draw(st.sampled_from(sorted((method, url) for endpoint, method, url in routes(app, ids)
                                                   if endpoint not in SESSION_ENDERS)))
    fields = data.draw(FORMS)
    if method == "GET":
        response = admin_client.get(url, query_string=fields)
    else:
        response = admin_client.open(url, method=method, data=fields)
    assert response.status_code < 500, (method, url, fields, response.status_code)
