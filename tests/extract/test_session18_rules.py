"""Rules of session 18: a relative clause that tells a doer's history ("who have been
fighting the army for years") does not make the sentence's own event background.

The texts were written for these tests.
"""

from __future__ import annotations

from codings import main_coding

from sitrep.pipeline import Pipeline

PUBLISHED = "2024-05-10"


def test_a_doers_history_in_a_relative_clause_is_an_aside(pipeline: Pipeline) -> None:
    events = pipeline(
        "Residents said Boko Haram fighters, who have been fighting the army for years, killed "
        "14 villagers in Kukawa on Friday.",
        published=PUBLISHED,
    ).events
    assert events and events[0].sub_event_type == "Attack"
    assert events[0].fatalities is not None and events[0].fatalities.best == 14


def test_a_tally_after_a_relative_clause_stays_background(pipeline: Pipeline) -> None:
    events = pipeline(
        "Boko Haram, which has been waging an insurgency since 2009, has killed thousands of "
        "people, officials said.",
        published=PUBLISHED,
    ).events
    assert events == []


def test_a_member_of_the_forces_among_the_dead_is_no_side(pipeline: Pipeline) -> None:
    # one police officer among 14 people killed by gunmen: an attack on the village, and the
    # police neither did it nor were its target
    event = pipeline(
        "A police officer was among 14 people killed when gunmen attacked the village of "
        "Kukawa on Friday.",
        published=PUBLISHED,
    ).events[0]
    assert event.sub_event_type == "Attack"
    assert event.actor1 is not None and event.actor1.inter == 3
    assert event.actor2 is not None and event.actor2.inter == 7


def test_a_policeman_killed_alone_is_still_the_side_attacked(pipeline: Pipeline) -> None:
    event = pipeline(
        "A police officer was killed when gunmen attacked a checkpoint in Kukawa on Friday.",
        published=PUBLISHED,
    ).events[0]
    inters = {a.inter for a in (event.actor1, event.actor2) if a is not None}
    assert 1 in inters


def test_who_told_a_shooting_is_not_its_target(pipeline: Pipeline) -> None:
    sub, _, _ = main_coding(
        pipeline,
        "A rubber tapper and his two sons were drinking tea at a roadside shop in Tak Bai on "
        "Wednesday morning when two men on a motorcycle pulled up and opened fire, police said. "
        "All three died at the scene.",
    )
    assert sub == "Attack"


def test_mostly_civilian_dead_make_an_assault_an_attack(pipeline: Pipeline) -> None:
    sub, a1, _ = main_coding(
        pipeline,
        "Al-Shabaab fighters stormed a hotel in Mogadishu on Friday, killing 20 guests and two "
        "security guards before troops ended the siege.",
    )
    assert (sub, a1) == ("Attack", 2)


def test_an_off_duty_soldier_among_the_dead_is_no_side(pipeline: Pipeline) -> None:
    assert main_coding(
        pipeline,
        "Gunmen stormed a bar in Kukawa on Friday night and opened fire on customers, killing "
        "nine people, including an off-duty soldier.",
    ) == ("Attack", 3, 7)


def test_a_groups_leader_among_a_strikes_dead_is_its_target(pipeline: Pipeline) -> None:
    _, _, a2 = main_coding(
        pipeline,
        "On 29 May 2013, a US drone fired two missiles at a house near Miranshah (North "
        "Waziristan), killing at least five people, among them TTP deputy chief Waliur Rehman.",
    )
    assert a2 == 2


def test_an_attack_on_police_killing_officers_stays_a_battle(pipeline: Pipeline) -> None:
    sub, _, a2 = main_coding(
        pipeline,
        "Gunmen attacked a police station in Kukawa on Friday, killing three officers, before "
        "police repelled them.",
    )
    assert (sub, a2) == ("Armed clash", 1)


def test_the_agent_of_killed_by_is_the_doer(pipeline: Pipeline) -> None:
    # "killed by" ends in "led by": the words are matched whole now
    assert main_coding(
        pipeline,
        "Three farmers were killed by Boko Haram fighters in their fields near Kukawa on Monday.",
    ) == ("Attack", 2, 7)


def test_who_killed_the_dead_of_a_mass_grave_did_not_find_it(pipeline: Pipeline) -> None:
    event = pipeline(
        "On 12 October 2021, a foundation began excavating a mass grave near Sinjar believed to "
        "contain the remains of Yazidi men killed by ISIL in August 2014.",
        published="2021-10-18",
    ).events[0]
    assert event.sub_event_type == "Other"
    assert event.actor1 is None or event.actor1.inter != 2
