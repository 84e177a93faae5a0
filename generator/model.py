"""The typed records carekb's content is made of, and the schema they are validated against.

Each record is a frozen pydantic model: the same declaration validates front matter, documents
the format (docs/content-model.md mirrors it) and is what the rest of the pipeline passes around.
Fields that do not come from the file itself (``slug``, ``body``, ``location``) are filled in by
``load`` and may not be set in front matter.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
    model_validator,
)

from generator.errors import SourceLocation

SLUG_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
PSEUDONYM_PATTERN = r"^Member [0-9]{4,8}$"
ICD10_PATTERN = r"^[A-TV-Z][0-9][0-9A-Z](?:\.[0-9A-Z]{1,4})?$"
SNOMED_PATTERN = r"^[0-9]{6,18}$"

Slug = Annotated[str, StringConstraints(pattern=SLUG_PATTERN)]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
#: A thread reference as answers' ``sources`` write it: ``<source>/<thread-id>``.
ThreadRef = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]*/[A-Za-z0-9][A-Za-z0-9_-]*$")]


class Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)


def _is_day(value: object) -> object:
    # A full timestamp says more about a person than a guide needs; dates are day-level at most.
    if isinstance(value, str) and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
        raise ValueError("not_a_day")
    return value


class Reviewer(Record):
    """A physician (or other clinician) who signs off medical content."""

    id: Slug
    name: Text
    credentials: Text
    specialty: Text
    profile_url: Annotated[str, StringConstraints(pattern=r"^https://\S+$")] | None = None
    location: SourceLocation = Field(exclude=True)


class Codes(Record):
    icd10: list[Annotated[str, StringConstraints(pattern=ICD10_PATTERN)]] = []
    snomed: list[Annotated[str, StringConstraints(pattern=SNOMED_PATTERN)]] = []


class Review(Record):
    """Who reviewed a page and when; shown on every medical page."""

    reviewed_by: Slug
    reviewed_on: dt.date
    next_review: dt.date

    _day_only = field_validator("reviewed_on", "next_review", mode="before")(_is_day)

    @model_validator(mode="after")
    def _next_after_reviewed(self) -> Review:
        if self.next_review <= self.reviewed_on:
            raise ValueError("next_review_not_after")
        return self


class Condition(Review):
    """A condition guide: ``content/conditions/<slug>.md``."""

    slug: Slug
    title: Text
    also_called: list[Text] = []
    codes: Codes = Codes()
    summary: Text
    urgent: Text | None = None
    body: str
    location: SourceLocation = Field(exclude=True)


class Reference(Record):
    title: Text
    url: Annotated[str, StringConstraints(pattern=r"^https?://\S+$")]


class Answer(Record):
    """A physician-reviewed answer: ``content/answers/<condition>/<slug>.md``.

    Drafts may leave the review fields empty; they never publish.
    """

    slug: Slug
    question: Text
    condition: Slug
    status: Literal["draft", "reviewed"]
    reviewed_by: Slug | None = None
    reviewed_on: dt.date | None = None
    next_review: dt.date | None = None
    sources: list[ThreadRef] = []
    references: list[Reference] = []
    body: str
    location: SourceLocation = Field(exclude=True)

    _day_only = field_validator("reviewed_on", "next_review", mode="before")(_is_day)

    @model_validator(mode="after")
    def _reviewed_has_review(self) -> Answer:
        if self.status == "reviewed":
            for name in ("reviewed_by", "reviewed_on", "next_review"):
                if getattr(self, name) is None:
                    raise ValueError(f"reviewed_needs:{name}")
        if self.reviewed_on and self.next_review and self.next_review <= self.reviewed_on:
            raise ValueError("next_review_not_after")
        return self

    @property
    def published(self) -> bool:
        return self.status == "reviewed"


class Post(Record):
    """One anonymized post in a thread."""

    id: Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9_-]*$")]
    author: Annotated[str, StringConstraints(pattern=PSEUDONYM_PATTERN)]
    date: dt.date
    body: Text
    format: Literal["markdown", "html"] = "markdown"
    reply_to: str | None = None
    accepted: bool = False

    _day_only = field_validator("date", mode="before")(_is_day)


class Thread(Record):
    """An anonymized community conversation: ``content/discussions/<source>/<id>.json``."""

    source: Slug
    id: Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9_-]*$")]
    title: Text
    conditions: list[Slug] = []
    posts: list[Post] = Field(min_length=1)
    location: SourceLocation = Field(exclude=True)

    @property
    def ref(self) -> str:
        return f"{self.source}/{self.id}"

    @property
    def started(self) -> dt.date:
        return self.posts[0].date


class SiteConfig(Record):
    """``carekb.yml``: what the pipeline needs beyond MkDocs' own settings in ``mkdocs.yml``."""

    organisation: Text
    emergency_number: Annotated[str, StringConstraints(pattern=r"^[0-9]{2,4}$")] = "911"
    contact_url: Annotated[str, StringConstraints(pattern=r"^(https://|mailto:)\S+$")] | None = None
    #: Words ``carekb check`` may pass though the privacy gate flags them (an organisation, a product).
    privacy_allow: list[Text] = []


class ConsentLedger(Record):
    """``content/consent.yml``: when enabled, only these members' words are published."""

    enabled: bool = False
    members: list[Annotated[str, StringConstraints(pattern=PSEUDONYM_PATTERN)]] = []

    def allows(self, author: str) -> bool:
        return not self.enabled or author in self.members


class Content(BaseModel):
    """Everything under ``content/``, validated and cross-checked."""

    model_config = ConfigDict(frozen=True, arbitrary_types_allowed=True)

    config: SiteConfig
    reviewers: dict[str, Reviewer]
    conditions: dict[str, Condition]
    answers: list[Answer]
    threads: dict[str, Thread]
    consent: ConsentLedger = ConsentLedger()

    @property
    def published_answers(self) -> list[Answer]:
        return [a for a in self.answers if a.published]
