"""A one-sentence, analyst-style summary of an event from its coded fields (no generation model)."""

from __future__ import annotations

from ..models import Event

__all__ = ["summarise"]

_VERBS = {
    "Armed clash": "clashed with",
    "Government regains territory": "regained territory from",
    "Non-state actor overtakes territory": "took territory from",
    "Chemical weapon": "used chemical weapons against",
    "Air/drone strike": "carried out an air/drone strike on",
    "Suicide bomb": "carried out a suicide bombing against",
    "Shelling/artillery/missile attack": "shelled or fired missiles at",
    "Remote explosive/landmine/IED": "used an explosive device against",
    "Grenade": "threw a grenade at",
    "Sexual violence": "committed sexual violence against",
    "Attack": "attacked",
    "Abduction/forced disappearance": "abducted",
    "Peaceful protest": "protested",
    "Protest with intervention": "protested and were dispersed by",
    "Excessive force against protesters": "protested and were met with lethal force by",
    "Violent demonstration": "rioted",
    "Mob violence": "carried out mob violence against",
    "Arrests": "arrested",
}


def _when(e: Event) -> str:
    if e.date is None:
        return "On an unstated date"
    if e.date_precision == "day":
        return f"On {e.date.day} {e.date:%B %Y}"
    if e.date_precision == "month":
        return f"In {e.date:%B %Y}"
    if e.date_precision == "year":
        return f"In {e.date.year}"
    if e.date_end is not None:
        return f"Between {e.date.day} {e.date:%B} and {e.date_end.day} {e.date_end:%B %Y}"
    return f"In the week of {e.date.day} {e.date:%B %Y}"


def summarise(e: Event) -> str:
    when = _when(e)
    a1 = e.actor1.name if e.actor1 else "unidentified actors"
    verb = _VERBS.get(e.sub_event_type)
    if verb is None:
        what = f"{a1}: {e.sub_event_type.lower()}"
    elif e.actor2 is not None:
        what = f"{a1} {verb} {e.actor2.name}"
    else:
        what = f"{a1} {verb.split(' with')[0].split(' against')[0].split(' at')[0].split(' on')[0].split(' from')[0]}"
    where = ""
    if e.location is not None:
        parts = [p for p in (e.location.admin1, e.location.country) if p and p != e.location.name]
        near = "near " if e.location.precision == 2 else ""
        where = f" {('in ' if not near else '')}{near}{e.location.name}" + (
            f" ({', '.join(parts)})" if parts else ""
        )
    toll = ""
    f = e.fatalities
    if f is not None and f.best:
        split = ", ".join(
            f"{n} {w}" for n, w in ((f.civilians, "civilians"), (f.combatants, "combatants")) if n
        )
        toll = f"; {'at least ' if f.low == f.best and f.high is None else ''}{f.best} killed" + (
            f" ({split})" if split else ""
        )
    src = f", according to {e.source}" if e.source else ""
    hedge = "" if e.certainty == "reported" else f" [{e.certainty}]"
    return f"{when}, {what}{where}{toll}{src}.{hedge}"
