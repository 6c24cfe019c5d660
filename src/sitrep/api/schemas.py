"""Request and response models of the HTTP API (they also write its OpenAPI document)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

from ..models import Event, Related
from .queries import EventFilters, SortKey

__all__ = [
    "EventsQuery",
    "GeoQuery",
    "CompactEvent",
    "EventPage",
    "EventDetail",
    "ReportSummary",
    "ReportDetail",
    "ReportEvent",
    "Sentence",
    "Stats",
    "ErrorBody",
    "ErrorResponse",
    "IngestRequest",
    "IngestResponse",
]


class EventsQuery(EventFilters):
    """Filters plus one page in one sort order."""

    limit: int = Field(default=100, ge=1, le=1000)
    offset: int = Field(default=0, ge=0, le=10_000_000)
    sort: SortKey = "-date"


class GeoQuery(EventFilters):
    """Filters plus a cap on how many points go to a map at once."""

    limit: int = Field(default=5000, ge=1, le=20_000)
    offset: int = Field(default=0, ge=0, le=10_000_000)
    sort: SortKey = "-date"


class CompactEvent(BaseModel):
    """An event as lists, maps and exports show it: flat, one row."""

    id: int
    report_id: str
    date: dt.date | None
    date_end: dt.date | None
    date_precision: str | None
    event_type: str
    sub_event_type: str
    actor1: str | None
    actor2: str | None
    location: str | None
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    geo_precision: int | None
    fatalities: int | None = Field(description="best estimate of the dead")
    fatalities_civilians: int | None
    fatalities_combatants: int | None
    certainty: str
    confidence: float
    source: str | None
    summary: str
    report_title: str | None


class EventPage(BaseModel):
    total: int = Field(description="events matching the filters, over all pages")
    limit: int
    offset: int
    events: list[CompactEvent]


class Sentence(BaseModel):
    """A sentence of the report text an event was coded from (offsets into ``report.text``)."""

    start: int
    end: int
    text: str


class ReportSummary(BaseModel):
    id: str
    title: str | None
    url: str | None
    published: dt.datetime | None
    outlet: str | None
    text: str
    related: list[Related]
    sources: list[str]


class EventDetail(Event):
    """Every field of the event, its report and the sentences behind it."""

    model_config = ConfigDict(extra="forbid")

    id: int
    report_id: str
    ordinal: int
    report: ReportSummary
    sentences: list[Sentence]


class ReportEvent(BaseModel):
    id: int
    ordinal: int
    event_type: str
    sub_event_type: str
    date: dt.date | None
    summary: str


class ReportDetail(ReportSummary):
    external_id: str | None
    origin: str | None
    language: str | None
    ingested_at: dt.datetime | None
    error: str | None
    events: list[ReportEvent]


class Stats(BaseModel):
    totals: dict[str, Any] = Field(description="events, fatalities, undated, first_date, last_date")
    per_day: list[dict[str, Any]] = Field(description="{date, events, fatalities}, by start day")
    per_event_type: list[dict[str, Any]]
    per_country: list[dict[str, Any]]


class ErrorBody(BaseModel):
    status: int
    code: str
    message: str


class ErrorResponse(BaseModel):
    """The one shape of every error the API answers."""

    error: ErrorBody


class IngestRequest(BaseModel):
    """One article to run through the pipeline and store: ``text`` or ``html``, not both."""

    model_config = ConfigDict(extra="forbid")

    text: str | None = None
    html: str | None = None
    published: dt.datetime | None = None
    url: str | None = Field(default=None, max_length=4000)
    title: str | None = Field(default=None, max_length=4000)
    id: str | None = Field(default=None, max_length=400, description="your id for the article")

    @model_validator(mode="after")
    def _one_body(self) -> IngestRequest:
        if (self.text is None) == (self.html is None):
            raise ValueError("give exactly one of 'text' or 'html'")
        return self


class IngestResponse(BaseModel):
    id: str = Field(description="the stored report id (content hash)")
    external_id: str | None
    created: bool = Field(description="false when this text was already stored")
    events: list[int] = Field(description="ids of the report's events, in salience order")
    error: str | None = None
