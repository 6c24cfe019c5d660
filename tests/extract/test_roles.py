"""ACLED's actor conventions (:func:`sitrep.extract.roles.apply_conventions`) through the pipeline.

Each rule is checked as a pair: a short text where it should fire and one where it should not.
The texts were written for these tests.
"""

from __future__ import annotations

from sitrep.models import ActorRef, Event
from sitrep.pipeline import Pipeline

PUBLISHED = "2023-05-10"


def events(pipeline: Pipeline, text: str) -> list[Event]:
    return pipeline(text, published=PUBLISHED).events


def only(pipeline: Pipeline, text: str) -> Event:
    found = events(pipeline, text)
    assert len(found) == 1, [(e.sub_event_type, e.actor1, e.actor2) for e in found]
    return found[0]


def inter(a: ActorRef | None) -> int | None:
    return a.inter if a is not None else None


def evidence_text(text: str, event: Event, field: str) -> str:
    ev = next(e for e in event.evidence if e.field == field)
    assert text[ev.start : ev.end] == ev.text
    return ev.text


# --- protests: implied protesters, and who intervened -------------------------------------------


def test_peaceful_protest_has_implied_protesters_and_no_second_actor(pipeline: Pipeline) -> None:
    text = "Thousands marched peacefully through Nairobi on Saturday to demand lower fuel prices."
    e = only(pipeline, text)
    assert e.sub_event_type == "Peaceful protest"
    assert e.actor1 is not None and e.actor1.inter == 6
    assert e.actor2 is None
    assert evidence_text(text, e, "actor1")  # the implied actor points at real words


def test_intervened_protest_has_protesters_then_the_state(pipeline: Pipeline) -> None:
    e = only(pipeline, "Police fired tear gas at protesters in Nairobi on Tuesday.")
    assert e.sub_event_type == "Protest with intervention"
    assert (inter(e.actor1), inter(e.actor2)) == (6, 1)
    assert e.actor2 is not None and e.actor2.name.startswith("Police Forces")


def test_lethal_force_on_protesters_puts_the_state_first(pipeline: Pipeline) -> None:
    e = only(
        pipeline, "Security forces opened fire on protesters in Khartoum on Monday, killing three."
    )
    assert e.sub_event_type == "Excessive force against protesters"
    assert (inter(e.actor1), inter(e.actor2)) == (1, 6)
    assert e.fatalities is not None and e.fatalities.best == 3


def test_police_who_killed_protesters_stay_the_police(pipeline: Pipeline) -> None:
    e = only(pipeline, "Police killed two demonstrators in Khartoum on Monday.")
    assert e.sub_event_type == "Excessive force against protesters"
    assert e.actor1 is not None and e.actor1.name == "Police Forces of Sudan"


# --- riots: rioters (5), not protesters (6) -----------------------------------------------------


def test_a_riots_crowd_is_rioters_even_when_called_protesters(pipeline: Pipeline) -> None:
    e = only(pipeline, "Protesters burned tyres and looted shops in Kampala on Monday.")
    assert e.sub_event_type == "Violent demonstration"
    assert inter(e.actor1) == 5
    calm = only(pipeline, "Protesters gathered outside parliament in Kampala on Monday.")
    assert calm.sub_event_type == "Peaceful protest"
    assert inter(calm.actor1) == 6


def test_a_riot_with_no_crowd_named_still_has_rioters(pipeline: Pipeline) -> None:
    e = only(pipeline, "Youths burned tyres and looted shops in Kampala on Monday.")
    assert e.event_type == "Riots"
    assert inter(e.actor1) == 5


def test_burning_by_soldiers_is_no_riot(pipeline: Pipeline) -> None:
    e = only(pipeline, "Soldiers burned houses and looted shops in Kidal on Monday.")
    assert e.event_type != "Riots"
    assert inter(e.actor1) == 1


def test_a_mobs_target_is_civilians_unless_it_is_the_police(
    pipeline: Pipeline,
) -> None:
    killed = only(pipeline, "A mob stoned a student to death in Kisumu on Friday.")
    assert killed.sub_event_type == "Mob violence"
    assert (inter(killed.actor1), inter(killed.actor2)) == (5, 7)
    chased = only(pipeline, "A mob chased a suspected thief through a market in Kisumu on Friday.")
    assert chased.sub_event_type == "Mob violence"
    assert (inter(chased.actor1), inter(chased.actor2)) == (5, 7)
    police = only(pipeline, "A mob attacked Kenyan police officers in Kisumu on Friday.")
    assert police.sub_event_type == "Mob violence"
    assert (inter(police.actor1), inter(police.actor2)) == (5, 1)


# --- civilians as actor2 ------------------------------------------------------------------------


def test_killed_villagers_are_civilians_a_clash_has_none(pipeline: Pipeline) -> None:
    attack = only(pipeline, "Gunmen killed three villagers in Zamfara on Sunday.")
    assert attack.event_type == "Violence against civilians"
    assert inter(attack.actor2) == 7
    assert attack.actor2 is not None and attack.actor2.name == "Civilians (Nigeria)"
    clash = only(pipeline, "Troops clashed with Boko Haram fighters near Maiduguri on Sunday.")
    assert clash.sub_event_type == "Armed clash"
    assert 7 not in (inter(clash.actor1), inter(clash.actor2))


def test_unnamed_bomb_victims_are_civilians_unless_only_soldiers_died(pipeline: Pipeline) -> None:
    text = "A bomb exploded in a market in Mogadishu on Monday, killing five people."
    market = only(pipeline, text)
    assert market.sub_event_type == "Remote explosive/landmine/IED"
    assert inter(market.actor2) == 7
    assert evidence_text(text, market, "actor2") == "people"
    soldiers = only(pipeline, "A roadside bomb killed four soldiers near Gao on Tuesday.")
    assert soldiers.sub_event_type == "Remote explosive/landmine/IED"
    assert inter(soldiers.actor2) != 7
    assert soldiers.fatalities is not None and soldiers.fatalities.combatants == 4


def test_a_strike_that_hurt_nobody_has_no_civilian_victims(pipeline: Pipeline) -> None:
    e = only(pipeline, "A drone strike hit a weapons depot near Kidal on Monday.")
    assert e.sub_event_type == "Air/drone strike"
    assert inter(e.actor2) != 7


def test_a_village_of_an_identity_group_is_coded_as_civilians(pipeline: Pipeline) -> None:
    e = only(
        pipeline, "Gunmen attacked a Fulani village in Plateau on Sunday, killing 12 civilians."
    )
    assert e.sub_event_type == "Attack"
    assert inter(e.actor2) == 7
    doers = only(
        pipeline, "Fulani militiamen attacked a village in Plateau on Sunday, killing 12 civilians."
    )
    assert inter(doers.actor1) == 4
    assert inter(doers.actor2) == 7


def test_a_group_and_its_gunmen_are_one_actor(pipeline: Pipeline) -> None:
    e = only(pipeline, "Abu Sayyaf gunmen killed two farmers in Sulu on Monday.")
    assert e.actor1 is not None and e.actor1.name == "Abu Sayyaf"
    assert inter(e.actor2) == 7


# --- claims and blame ---------------------------------------------------------------------------

BLAST = "A landmine exploded under a bus near Kandahar on Friday, killing nine passengers. "


def test_a_claimant_is_actor1_a_denier_is_not(pipeline: Pipeline) -> None:
    claimed = only(pipeline, BLAST + "The Taliban claimed responsibility for the blast.")
    assert claimed.sub_event_type == "Remote explosive/landmine/IED"
    assert claimed.actor1 is not None and claimed.actor1.name == "Taliban"
    assert inter(claimed.actor2) == 7
    denied = only(pipeline, BLAST + "The Taliban denied any involvement.")
    assert denied.actor1 is None or denied.actor1.name == "Unidentified Armed Group"


def test_the_blamed_group_is_actor1(pipeline: Pipeline) -> None:
    text = (
        "A car bomb exploded near a hotel in Mogadishu on Monday, killing five people. "
        "Officials blamed al-Shabaab for the attack."
    )
    e = only(pipeline, text)
    assert e.actor1 is not None and e.actor1.name == "al-Shabaab"
    plain = only(
        pipeline, "A car bomb exploded near a hotel in Mogadishu on Monday, killing five people."
    )
    assert plain.actor1 is None or plain.actor1.name == "Unidentified Armed Group"


def test_a_claim_in_the_same_sentence_names_the_doer(pipeline: Pipeline) -> None:
    e = only(
        pipeline,
        "IS claimed the bombing of a church in Mosul on Sunday that killed six worshippers.",
    )
    assert e.actor1 is not None and e.actor1.name == "Islamic State"
    assert inter(e.actor2) == 7


# --- passive victims, air power -----------------------------------------------------------------


def test_victims_named_first_in_a_passive_are_actor2(pipeline: Pipeline) -> None:
    passive = only(
        pipeline,
        "Four policemen were killed when a bomb exploded near their post in Peshawar on Monday.",
    )
    assert passive.actor2 is not None and passive.actor2.name == "Police Forces of Pakistan"
    assert passive.actor1 is None or passive.actor1.inter != 1
    active = only(pipeline, "Policemen shot dead four robbers in Peshawar on Monday.")
    assert active.actor1 is not None and active.actor1.name == "Police Forces of Pakistan"


def test_an_unnamed_air_strike_is_the_local_states(pipeline: Pipeline) -> None:
    yemen = only(pipeline, "An air strike hit a market in Marib on Monday, killing six civilians.")
    assert yemen.sub_event_type == "Air/drone strike"
    assert yemen.actor1 is not None and yemen.actor1.name == "Military Forces of Yemen"
    syria = only(pipeline, "An air strike hit a market in Idlib on Monday, killing six civilians.")
    assert syria.actor1 is not None and syria.actor1.name == "Military Forces of Syria"
    nowhere = only(pipeline, "An air strike hit a market on Monday, killing six civilians.")
    assert nowhere.actor1 is None  # no place, no country, no state to name


def test_unnamed_shelling_is_not_given_to_the_state(pipeline: Pipeline) -> None:
    e = only(pipeline, "Shells hit a market in Marib on Monday, killing six civilians.")
    assert e.sub_event_type == "Shelling/artillery/missile attack"
    assert inter(e.actor1) != 1


def test_a_named_air_force_is_actor1_of_its_strike(pipeline: Pipeline) -> None:
    e = only(
        pipeline,
        "Nigerian warplanes bombed a Boko Haram camp near Maiduguri on Monday, killing 20 fighters.",
    )
    assert e.sub_event_type == "Air/drone strike"
    assert e.actor1 is not None and e.actor1.name == "Military Forces of Nigeria"
