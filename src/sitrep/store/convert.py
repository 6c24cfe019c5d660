"""Mapping between the pydantic models and the table rows, lossless in both directions.

Flat columns hold what is filtered and indexed (dates, country, coordinates, counts); nested lists
go to JSON through pydantic's own JSON mode, so dates and nested models come back validated.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import TypeAdapter

from ..models import (
    Actor,
    ActorRef,
    Count,
    Displacement,
    Event,
    Evidence,
    Fatalities,
    Hedge,
    Location,
    PlaceMention,
    Related,
    Report,
)
from .schema import EventRecord, ReportRecord

__all__ = [
    "report_to_record",
    "record_to_report",
    "event_to_record",
    "record_to_event",
    "split_datetime",
    "join_datetime",
]

_RELATED = TypeAdapter(list[Related])
_PLACES = TypeAdapter(list[PlaceMention])
_ACTORS = TypeAdapter(list[Actor])
_SOURCES = TypeAdapter(list[str])
_HEDGES = TypeAdapter(list[Hedge])
_DISPLACEMENT = TypeAdapter(list[Displacement])
_ACTOR_REFS = TypeAdapter(list[ActorRef])
_EVIDENCE = TypeAdapter(list[Evidence])
_WEAPONS = TypeAdapter(list[str])


def split_datetime(value: dt.datetime | None) -> tuple[dt.datetime | None, int | None]:
    """UTC wall time and offset in seconds for an aware datetime; naive ones pass unchanged."""
    if value is None:
        return None, None
    offset = value.utcoffset()
    if offset is None:
        return value, None
    utc = value.astimezone(dt.UTC).replace(tzinfo=None)
    return utc, round(offset.total_seconds())


def join_datetime(value: dt.datetime | None, offset: int | None) -> dt.datetime | None:
    """The aware datetime back from UTC wall time and offset (naive when no offset was stored)."""
    if value is None or offset is None:
        return value
    zone = dt.timezone(dt.timedelta(seconds=offset))
    return value.replace(tzinfo=dt.UTC).astimezone(zone)


def _dump(adapter: TypeAdapter[Any], value: object) -> list[Any]:
    dumped: list[Any] = adapter.dump_python(value, mode="json")
    return dumped


def report_to_record(report: Report) -> ReportRecord:
    """A new (unsaved) ReportRecord with its EventRecords, in the report's event order."""
    published, published_off = split_datetime(report.published)
    ingested, ingested_off = split_datetime(report.ingested_at)
    record = ReportRecord(
        id=report.id,
        external_id=report.external_id,
        origin=report.origin,
        url=report.url,
        outlet=report.outlet,
        title=report.title,
        published=published,
        published_utcoffset=published_off,
        language=report.language,
        text=report.text,
        related=_dump(_RELATED, report.related),
        sources=_dump(_SOURCES, report.sources),
        hedges=_dump(_HEDGES, report.hedges),
        displacement=_dump(_DISPLACEMENT, report.displacement),
        places=_dump(_PLACES, report.places),
        actors=_dump(_ACTORS, report.actors),
        ingested_at=ingested,
        ingested_at_utcoffset=ingested_off,
        error=report.error,
    )
    record.events = [event_to_record(event, i) for i, event in enumerate(report.events)]
    return record


def event_to_record(event: Event, ordinal: int) -> EventRecord:
    a1, a2, loc = event.actor1, event.actor2, event.location
    fat, inj, dis = event.fatalities, event.injured, event.displaced
    return EventRecord(
        ordinal=ordinal,
        event_type=event.event_type,
        sub_event_type=event.sub_event_type,
        date=event.date,
        date_end=event.date_end,
        date_precision=event.date_precision,
        date_resolution=event.date_resolution,
        actor1_name=a1.name if a1 else None,
        actor1_inter=a1.inter if a1 else None,
        actor1_country=a1.country if a1 else None,
        actor2_name=a2.name if a2 else None,
        actor2_inter=a2.inter if a2 else None,
        actor2_country=a2.country if a2 else None,
        assoc_actors=_dump(_ACTOR_REFS, event.assoc_actors),
        location_name=loc.name if loc else None,
        country=loc.country if loc else None,
        admin1=loc.admin1 if loc else None,
        admin2=loc.admin2 if loc else None,
        lat=loc.lat if loc else None,
        lon=loc.lon if loc else None,
        geo_precision=loc.precision if loc else None,
        geonames_id=loc.geonames_id if loc else None,
        has_fatalities=fat is not None,
        fatalities_best=fat.best if fat else None,
        fatalities_low=fat.low if fat else None,
        fatalities_high=fat.high if fat else None,
        fatalities_civilians=fat.civilians if fat else None,
        fatalities_combatants=fat.combatants if fat else None,
        fatalities_unknown=fat.unknown if fat else None,
        has_injured=inj is not None,
        injured_best=inj.best if inj else None,
        injured_low=inj.low if inj else None,
        injured_high=inj.high if inj else None,
        has_displaced=dis is not None,
        displaced_best=dis.best if dis else None,
        displaced_low=dis.low if dis else None,
        displaced_high=dis.high if dis else None,
        weapons=_dump(_WEAPONS, event.weapons),
        source=event.source,
        certainty=event.certainty,
        confidence=event.confidence,
        summary=event.summary,
        evidence=_dump(_EVIDENCE, event.evidence),
    )


def _actor(name: str | None, inter: int | None, country: str | None) -> ActorRef | None:
    return None if name is None else ActorRef(name=name, inter=inter, country=country)


def record_to_event(row: EventRecord) -> Event:
    location = None
    if row.location_name is not None:
        location = Location(
            name=row.location_name,
            country=row.country,
            admin1=row.admin1,
            admin2=row.admin2,
            lat=row.lat,
            lon=row.lon,
            precision=row.geo_precision if row.geo_precision is not None else 1,
            geonames_id=row.geonames_id,
        )
    fatalities = None
    if row.has_fatalities:
        fatalities = Fatalities(
            best=row.fatalities_best,
            low=row.fatalities_low,
            high=row.fatalities_high,
            civilians=row.fatalities_civilians,
            combatants=row.fatalities_combatants,
            unknown=row.fatalities_unknown,
        )
    injured = None
    if row.has_injured:
        injured = Count(best=row.injured_best, low=row.injured_low, high=row.injured_high)
    displaced = None
    if row.has_displaced:
        displaced = Count(best=row.displaced_best, low=row.displaced_low, high=row.displaced_high)
    return Event.model_validate(
        {
            "event_type": row.event_type,
            "sub_event_type": row.sub_event_type,
            "date": row.date,
            "date_end": row.date_end,
            "date_precision": row.date_precision,
            "date_resolution": row.date_resolution,
            "actor1": _actor(row.actor1_name, row.actor1_inter, row.actor1_country),
            "actor2": _actor(row.actor2_name, row.actor2_inter, row.actor2_country),
            "assoc_actors": _ACTOR_REFS.validate_python(row.assoc_actors),
            "location": location,
            "fatalities": fatalities,
            "injured": injured,
            "displaced": displaced,
            "weapons": _WEAPONS.validate_python(row.weapons),
            "source": row.source,
            "certainty": row.certainty,
            "confidence": row.confidence,
            "summary": row.summary,
            "evidence": _EVIDENCE.validate_python(row.evidence),
        }
    )


def record_to_report(row: ReportRecord) -> Report:
    """The Report a record was made from, events included (the relationship keeps their order)."""
    return Report(
        id=row.id,
        external_id=row.external_id,
        origin=row.origin,
        url=row.url,
        outlet=row.outlet,
        title=row.title,
        published=join_datetime(row.published, row.published_utcoffset),
        language=row.language,
        text=row.text,
        related=_RELATED.validate_python(row.related),
        places=_PLACES.validate_python(row.places),
        actors=_ACTORS.validate_python(row.actors),
        sources=_SOURCES.validate_python(row.sources),
        hedges=_HEDGES.validate_python(row.hedges),
        displacement=_DISPLACEMENT.validate_python(row.displacement),
        events=[record_to_event(event) for event in row.events],
        ingested_at=join_datetime(row.ingested_at, row.ingested_at_utcoffset),
        error=row.error,
    )
