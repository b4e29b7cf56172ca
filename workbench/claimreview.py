"""schema.org ClaimReview of an article's published claims, as the structured-data
guidelines for fact checks ask (schemas/claimreview.schema.json holds the contract).

Only what publication.py makes public goes in: a review per published claim, its `url` the
claim's place on the public page, so the markup and the page a search engine finds there
say the same. The newsroom is named by the environment, because the same database may be
published under more than one name in tests and staging:

- WORKBENCH_PUBLIC_URL: where the public pages are served, e.g. https://factcheck.example.org
- WORKBENCH_ORGANIZATION, WORKBENCH_ORGANIZATION_URL: the newsroom; its url defaults to the
  public address.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources

from . import urls
from .publication import Review, reviews
from .rationale import plain_rationale
from .verdicts import Label

PAGE_PATH = "/fact-checks/"  # the public page of an article, web/public.py
BEST, WORST = 5, 1  # the vocabulary's scale (verdicts.py)


def json_schema() -> dict:
    """The contract one review keeps, written from the guidelines (schemas/claimreview.schema.json)."""
    return json.loads(resources.files("workbench").joinpath("schemas/claimreview.schema.json").read_text())


class NoPublicAddress(ValueError):
    """ClaimReview was asked for with no address to point its reviews at, or a bad one."""


def configured_public_url() -> str | None:
    """$WORKBENCH_PUBLIC_URL without its trailing slash; None when unset, refused when it is
    no http(s) address, so a typo stops the app at start rather than publishing it."""
    value = os.environ.get("WORKBENCH_PUBLIC_URL")
    if not value:
        return None
    if not urls.is_web_url(value):
        raise NoPublicAddress(f"WORKBENCH_PUBLIC_URL must be an http(s) address, not {value!r}")
    return value.rstrip("/")


@dataclass(frozen=True)
class Publisher:
    name: str
    url: str  # the newsroom's own address
    public_url: str  # where the public pages are served, without a trailing slash

    @classmethod
    def named(cls, public_url: str | None) -> Publisher:
        """The newsroom the environment names, publishing at `public_url`."""
        if not public_url:
            raise NoPublicAddress("ClaimReview needs the address the public fact-check pages are served from: "
                                  "set WORKBENCH_PUBLIC_URL, e.g. https://factcheck.example.org")
        base = public_url.rstrip("/")
        name = os.environ.get("WORKBENCH_ORGANIZATION") or "Fact-check workbench"
        return cls(name, os.environ.get("WORKBENCH_ORGANIZATION_URL") or base + "/", base)

    def page(self, article_id: int) -> str:
        return f"{self.public_url}{PAGE_PATH}{article_id}"

    def organization(self) -> dict:
        return {"@type": "Organization", "name": self.name, "url": self.url}


def appearance(article: dict) -> dict:
    """The article the claims appeared in, with what is known of it."""
    work = {"@type": "NewsArticle", "headline": article["title"]}
    if urls.is_web_url(article["url"]):  # one stored before urls.py may be any text
        work["url"] = article["url"]
    if article["published"]:
        work["datePublished"] = article["published"]
    if article["source"]:
        work["publisher"] = {"@type": "Organization", "name": article["source"]}
    return work


def explanation(review: Review) -> str:
    """The rationale without its Markdown, then the checks' arithmetic in a reader's words."""
    return " ".join([*(plain_rationale(text) for text in review.rationales), *(c["words"] for c in review.checks)])


def rating(review: Review) -> dict:
    """Rated on the vocabulary's scale; a label the vocabulary has since dropped is published
    by its key, unrated, rather than given a number nobody chose."""
    label: Label | None = review.label
    rated = {"@type": "Rating", "alternateName": label.name if label else review.verdict["label"],
             "bestRating": BEST, "worstRating": WORST}
    if label:
        rated["ratingValue"] = label.rating
    if said := explanation(review):
        rated["ratingExplanation"] = said
    return rated


def claimreviews(article: dict, labels: dict[str, Label], publisher: Publisher) -> Iterator[dict]:
    work = appearance(article)
    for review in reviews(article, labels):
        claim = {"@type": "Claim", "appearance": [work]}
        if review.claimant:
            claim["author"] = {"@type": review.claimant.kind, "name": review.claimant.name}
        if article["published"]:
            claim["datePublished"] = article["published"]
        item = {
            "@context": "https://schema.org", "@type": "ClaimReview",
            "url": f"{publisher.page(article['id'])}#{review.anchor}",
            "claimReviewed": review.claim,
            "itemReviewed": claim,
            "author": publisher.organization(),
            "datePublished": review.published_at[:10],
            "reviewRating": rating(review),
        }
        if review.sources:
            item["citation"] = review.sources
        yield item
