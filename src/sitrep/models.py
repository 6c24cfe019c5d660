"""The nouns of sitrep (see DESIGN.md): pydantic models shared by every stage.

Field names follow the ``sitrep extract`` contract exactly, so ``model_dump(mode="json")`` of a
:class:`Report` is the contract's JSON object.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "RawDocument",
    "Related",
    "Mention",
    "Evidence",
    "ActorRef",
    "Actor",
    "Place",
    "PlaceMention",
    "Location",
    "Count",
    "Fatalities",
    "Hedge",
    "Displacement",
    "Event",
    "Report",
    "EVENT_TYPES",
    "CERTAINTY_LABELS",
    "content_id",
]

DatePrecision = Literal["day", "week", "month", "year", "range"]
Certainty = Literal["reported", "claimed", "unverified claim", "feared", "hypothetical", "denied"]
CERTAINTY_LABELS: tuple[str, ...] = (
    "reported",
    "claimed",
    "unverified claim",
    "feared",
    "hypothetical",
    "denied",
)

#: ACLED event types and their sub-event types, spelled exactly as ACLED does.
EVENT_TYPES: dict[str, tuple[str, ...]] = {
    "Battles": (
        "Armed clash",
        "Government regains territory",
        "Non-state actor overtakes territory",
    ),
    "Explosions/Remote violence": (
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    ),
    "Violence against civilians": ("Sexual violence", "Attack", "Abduction/forced disappearance"),
    "Protests": (
        "Peaceful protest",
        "Protest with intervention",
        "Excessive force against protesters",
    ),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": (
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    ),
}


def content_id(text: str) -> str:
    """A stable report id: the first 16 hex digits of the SHA-256 of the cleaned text."""
    return hashlib.sha256(text.strip().encode("utf-8")).hexdigest()[:16]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=False)


class RawDocument(_Model):
    """One item as it came in, before cleaning: text or HTML plus whatever metadata came with it."""

    origin: str = Field(description="where it came from: a path, path:line, or '<stdin>'")
    content: str
    content_type: Literal["text", "html"] = "text"
    given_id: str | None = None
    title: str | None = None
    published: dt.datetime | None = None
    url: str | None = None


class Related(_Model):
    """A related-article link harvested from a page widget."""

    id: str | None = None
    title: str | None = None
    url: str | None = None
    picture: str | None = None


class Mention(_Model):
    start: int
    end: int
    text: str
    kind: Literal["actor", "place", "date", "number", "weapon", "source", "hedge", "trigger"] = (
        "actor"
    )


class Evidence(_Model):
    field: str
    start: int
    end: int
    text: str


class ActorRef(_Model):
    name: str
    inter: int | None = None
    country: str | None = None


class Actor(_Model):
    """An actor as it appears in one report, with every mention that resolved to it."""

    name: str
    inter: int | None = None
    country: str | None = None
    mentions: list[Mention] = Field(default_factory=list)


class Place(_Model):
    name: str
    geonames_id: int | None = None
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    lat: float
    lon: float
    feature_class: str | None = None
    feature_code: str | None = None
    population: int | None = None


class PlaceMention(_Model):
    """A toponym found in the text and the gazetteer entry it was resolved to."""

    text: str
    start: int
    end: int
    name: str
    geonames_id: int | None = None
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    lat: float
    lon: float
    feature_class: str | None = None
    nested: bool = Field(
        default=False,
        description="inside an organisation name or a demonym: never an event location",
    )


class Location(_Model):
    name: str
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: int = Field(default=1, ge=1, le=3)
    geonames_id: int | None = None


class Count(_Model):
    best: int | None = None
    low: int | None = None
    high: int | None = None


class Fatalities(Count):
    civilians: int | None = None
    combatants: int | None = None
    unknown: int | None = None


class Hedge(_Model):
    """A phrase that qualifies how certain a statement is ('purports', 'it is feared')."""

    text: str
    start: int
    end: int
    label: Certainty


class Displacement(_Model):
    """People reported to have fled, with who says so and how certainly."""

    count: Count
    who: str | None = None
    where: str | None = None
    location: Location | None = None
    date: dt.date | None = None
    certainty: Certainty = "reported"
    source: str | None = None
    evidence: list[Evidence] = Field(default_factory=list)


class Event(_Model):
    event_type: str
    sub_event_type: str
    date: dt.date | None = None
    date_end: dt.date | None = None
    date_precision: DatePrecision | None = None
    date_resolution: str | None = Field(default=None, description="how the date was resolved")
    actor1: ActorRef | None = None
    actor2: ActorRef | None = None
    assoc_actors: list[ActorRef] = Field(default_factory=list)
    location: Location | None = None
    fatalities: Fatalities | None = None
    injured: Count | None = None
    displaced: Count | None = None
    weapons: list[str] = Field(default_factory=list)
    source: str | None = None
    certainty: Certainty = "reported"
    confidence: float = Field(default=0.5, ge=0.0, le=1.0)
    summary: str = ""
    evidence: list[Evidence] = Field(default_factory=list)


class Report(_Model):
    id: str
    external_id: str | None = None
    origin: str | None = None
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: dt.datetime | None = None
    language: str | None = "en"
    text: str = ""
    related: list[Related] = Field(default_factory=list)
    places: list[PlaceMention] = Field(default_factory=list)
    actors: list[Actor] = Field(default_factory=list)
    sources: list[str] = Field(default_factory=list)
    hedges: list[Hedge] = Field(default_factory=list)
    displacement: list[Displacement] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    ingested_at: dt.datetime | None = None
    error: str | None = None

    def to_contract(self) -> dict[str, object]:
        """The JSON object ``sitrep extract`` prints for this report."""
        data = self.model_dump(mode="json", exclude={"ingested_at"})
        if self.error is None:
            data.pop("error")
        return data
