"""Rules of session 19, each with guard cases that pass before and after it.

Types: a crowd that does the killing itself is mob violence (not an armed group's attack) when
no gun is told; arrests beside protest words, killings when aircraft came, people killed as the
forces turned on a crowd, a massacre the forces ended, a withdrawal ahead of an advance. Sides:
forces that only came after an attack are no side. Tolls: lists of victims, groups killed as
"them", kin, pronouns, later deaths. Dates: a death days after the harm, a fronted "after"
clause, what a strike answered. Words: a group settling in is a base.

The texts were written for these tests.
"""

from __future__ import annotations

import pytest
from codings import main_coding

from sitrep.extract.actors import ActorMention, state_forces
from sitrep.extract.events import Candidate
from sitrep.extract.kb import KnowledgeBase, load_kb
from sitrep.extract.refine import retype_by_pair
from sitrep.extract.triggers import Trigger
from sitrep.models import Fatalities
from sitrep.pipeline import Pipeline

PUBLISHED = "2024-05-10"


@pytest.mark.parametrize(
    ("text", "sub_event_type", "inters"),
    [
        # the crowd in the sentence before the toll
        (
            "A group of villagers accused two men of stealing a goat, tied them to a post and "
            "beat them with sticks. One of the men died on Sunday in Kuru, police said.",
            "Mob violence",
            (5, 7),
        ),
        (
            "Youths armed with machetes and sticks hunted traders from the north through the "
            "market in Jos on Monday. Police said nine people were killed.",
            "Mob violence",
            (5, 7),
        ),
        # the crowd in the sentence after it
        (
            "Nine people were killed in Jos on Monday, police said. Witnesses said a crowd of "
            "young men chased the victims through the market and hacked them with machetes.",
            "Mob violence",
            (5, 7),
        ),
        # guns, the villagers as victims, or fleeing: an armed group's attack
        (
            "Villagers said gunmen attacked the village of Kuru on Tuesday, killing 12 people.",
            "Attack",
            (3, 7),
        ),
        (
            "Villagers were attacked by unidentified men who hacked three farmers to death on "
            "Thursday near Kaduna.",
            "Attack",
            (3, 7),
        ),
        (
            "Armed men stormed the village of Kuru on Tuesday; villagers fled as the attackers "
            "set fire to houses, killing five.",
            "Attack",
            (3, 7),
        ),
        (
            "Nine people were killed in Jos on Monday, police said. Witnesses said a group of "
            "young men shot the victims in the market and set fire to their shops.",
            "Attack",
            (3, 7),
        ),
    ],
)
def test_a_crowd_that_kills_is_a_mob(
    pipeline: Pipeline, text: str, sub_event_type: str, inters: tuple[int, int]
) -> None:
    assert main_coding(pipeline, text) == (sub_event_type, *inters)


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # --- a withdrawal ahead of the other side's advance
        # a withdrawal ahead of the other side's advance: the town is taken
        (
            "Somali troops took control of the town of Bulo Burde on Sunday after al-Shabaab "
            "fighters withdrew ahead of the army's advance.",
            "Government regains territory",
        ),
        # a withdrawal with no pressure told: a handover
        (
            "Somali troops took control of the town of Bulo Burde on Sunday after al-Shabaab "
            "fighters withdrew without a fight.",
            "Non-violent transfer of territory",
        ),
        # --- an arrest beside protest words
        # the protests are the person's past, or the crackdown the arrest belongs to
        (
            "Police detained opposition leader Ana Torres, who has led weekly rallies against the "
            "government, at her home in Caracas on Tuesday.",
            "Arrests",
        ),
        (
            "Security agents arrested the party's spokesman in Caracas on Tuesday as the "
            "government cracked down on protests against the election result.",
            "Arrests",
        ),
        # people held as they protested: a protest the police broke up
        (
            "Police detained 40 people in Caracas on Tuesday as they tried to hold a protest "
            "against the election result.",
            "Protest with intervention",
        ),
        # --- a killing when aircraft came
        # aircraft told coming, the dead in the next sentence
        (
            "The market in Kafr Nabl was crowded on Monday morning when the jets came, a trader "
            "said. Rescue workers said 21 people were killed.",
            "Air/drone strike",
        ),
        # bombs falling in the killing's own sentence
        (
            "Twelve villagers were killed in Gidan Sama on Wednesday when bombs fell on the "
            "settlement, a local leader said.",
            "Air/drone strike",
        ),
        # the killing was on the ground; the helicopters came after
        (
            "Gunmen shot dead 12 villagers in Gidan Sama on Wednesday. Army helicopters arrived "
            "later and chased the attackers.",
            "Attack",
        ),
        # --- people killed as the forces turned on a crowd
        (
            "Two young men were shot dead in Kitengela on Monday as police tried to disperse "
            "crowds marking the anniversary, their families said.",
            "Excessive force against protesters",
        ),
        # gunmen killed them; the police had broken up a protest before
        (
            "Gunmen shot dead two men in Kitengela on Monday, hours after police dispersed a "
            "protest in the town.",
            "Attack",
        ),
        # --- a massacre the forces ended
        # the dead are the people attacked and the attackers; the forces ended it
        (
            "Gunmen stormed a hotel in Mogadishu on Friday and opened fire on guests. Twenty "
            "people died before security forces ended the siege. All three attackers were killed.",
            "Attack",
        ),
        # an army base attacked: a battle, whoever died
        (
            "Militants attacked an army base near Mogadishu on Friday. The army said 17 "
            "assailants were killed and four soldiers died.",
            "Armed clash",
        ),
    ],
)
def test_the_sub_event_type(pipeline: Pipeline, text: str, sub_event_type: str) -> None:
    assert main_coding(pipeline, text)[0] == sub_event_type


@pytest.mark.parametrize(
    "text",
    [
        "ADF rebels hacked 15 people to death in Beni on Thursday night, the army spokesman said, "
        "adding that troops had been deployed to the area.",
        "Bandits killed 30 people in Zamfara on Thursday, police said, and security forces have "
        "been deployed to restore calm.",
        "Militants attacked a bus carrying passengers near Mandera on Thursday, killing 11 "
        "people, before fleeing when police reinforcements arrived.",
    ],
)
def test_forces_that_came_after_an_attack_are_no_side(pipeline: Pipeline, text: str) -> None:
    sub_event_type, _, actor2 = main_coding(pipeline, text)
    assert (sub_event_type, actor2) == ("Attack", 7)


def test_forces_that_fought_the_attackers_are_a_side(pipeline: Pipeline) -> None:
    # troops named as the doers' target in the sentence itself, not as coming after
    text = (
        "Militants attacked troops guarding a bridge near Mandera on Thursday, killing 11 soldiers."
    )
    assert main_coding(pipeline, text) == ("Armed clash", 2, 1)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # --- a death days after the harm
        # a death told days after the beating or shooting: the harm's day (ACLED)
        (
            "A 35-year-old farmer died in hospital in Palwal on Wednesday, two days after he was "
            "beaten by a group of men who accused him of smuggling cattle.",
            "2024-05-06",
        ),
        (
            "A trader died in hospital in Kaduna on Thursday, three days after gunmen shot him "
            "outside his shop.",
            "2024-05-06",
        ),
        # the killing's own day; the clause after it tells another event
        (
            "Gunmen shot dead a trader in Kaduna on Thursday, three days after his brother was "
            "abducted.",
            "2024-05-09",
        ),
        # --- a fronted 'after' clause
        # a fronted "after" clause dates the earlier event; the main clause has its own day
        (
            "After the army seized power on 2 May, soldiers killed 12 protesters in Addis Ababa "
            "on 3 May.",
            "2024-05-03",
        ),
        (
            "Following the declaration of a state of emergency on 2 May, police detained hundreds "
            "of people in Addis Ababa from 3 May.",
            "2024-05-03",
        ),
        # no day of its own: the fronted clause's day, less the days told
        (
            "Two days after gunmen stormed the school, parents gathered in Kankara on Sunday.",
            "2024-05-03",
        ),
    ],
)
def test_the_date(pipeline: Pipeline, text: str, date: str) -> None:
    event = pipeline(text, published=PUBLISHED).events[0]
    assert str(event.date) == date


@pytest.mark.parametrize(
    "text",
    [
        "Rebels of the CPC established a training camp near Kaga-Bandoro on Thursday, a UN "
        "source said.",
        "Houthi fighters stationed themselves in the former governor's residence in Hodeidah "
        "on Thursday, residents said.",
        "Wagner fighters took up residence in a former UN camp outside Menaka on Thursday, "
        "residents said.",
    ],
)
def test_a_group_settling_in_is_a_base_established(pipeline: Pipeline, text: str) -> None:
    assert main_coding(pipeline, text)[0] == "Headquarters or base established"


def test_the_displaced_setting_up_a_camp_is_no_base(pipeline: Pipeline) -> None:
    events = pipeline(
        "Displaced families established a camp near Kaga-Bandoro on Thursday, a UN source said.",
        published=PUBLISHED,
    ).events
    assert all(e.sub_event_type != "Headquarters or base established" for e in events)


def _clash(kb: KnowledgeBase, names: tuple[str, str], dead: int | None) -> Candidate:
    text = "Seventeen people died in clashes."
    trigger = Trigger(27, 34, "clashes", "Armed clash", 0.9)
    c = Candidate(0, 0, len(text), trigger, "Armed clash")
    entries = [kb.actor(n) or state_forces(kb, n, police=True) for n in names]
    assert all(entries)
    c.actor1, c.actor2 = (ActorMention(27, 34, "clashes", e, True) for e in entries if e)
    c.fatalities = Fatalities(best=dead, unknown=dead) if dead is not None else None
    return c


@pytest.mark.parametrize(
    ("names", "dead", "sub_event_type"),
    [
        # the state and protesters, with dead: force used on a protest
        (("PE", "Protesters"), 17, "Excessive force against protesters"),
        # nobody dead, or the state and an armed group: left as they are
        (("PE", "Protesters"), None, "Armed clash"),
        (("PE", "Unidentified Armed Group"), 17, "Armed clash"),
    ],
)
def test_a_clash_between_the_state_and_protesters_with_dead(
    names: tuple[str, str], dead: int | None, sub_event_type: str
) -> None:
    c = _clash(load_kb(), names, dead)
    retype_by_pair(c)
    assert c.sub_event_type == sub_event_type


@pytest.mark.parametrize("noun", ["brothers", "sons", "daughters", "relatives"])
def test_kin_killed_are_civilians(pipeline: Pipeline, noun: str) -> None:
    event = pipeline(
        f"Soldiers shot dead two {noun} in Kukawa on Monday, residents said.", published=PUBLISHED
    ).events[0]
    assert event.fatalities is not None and event.fatalities.civilians == 2


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # --- a list of victims shares the verb after it
        # the verb after a whole list of victims is every one's
        ("Two policemen and a civilian were shot dead at a checkpoint in Kukawa on Monday.", 3),
        ("Two soldiers and three civilians were shot dead in Kukawa on Monday.", 5),
        # the first verb after the list is theirs; the others' verb is the others'
        (
            "Two soldiers and three civilians were wounded and four others were killed in "
            "Kukawa on Monday.",
            4,
        ),
        # --- a group counted, then killed as 'them'
        (
            "Gunmen abducted five farmers near Kaduna on Monday and later killed them, police said.",
            5,
        ),
        (
            "Militants seized 12 soldiers at a checkpoint near Kukawa on Monday and executed them.",
            12,
        ),
        (
            "A crowd in Port-au-Prince pulled 13 suspected gang members from a minibus on Monday "
            "and burned them alive, police said.",
            13,
        ),
        (
            "A group of vigilantes beat two cattle traders near Latehar on Monday and hanged them "
            "from a tree.",
            2,
        ),
        # --- more ways to tell the dead
        (
            "A mob in Port-au-Prince burned 12 suspected gang members alive on Monday, police said.",
            12,
        ),
        (
            "Three fishermen drowned when their boat was fired on near Kukawa on Monday, "
            "residents said.",
            3,
        ),
        ("Gunmen killed a teacher, his wife and their three children in Kukawa on Monday.", 5),
        # --- across sentences and by pronoun
        # a toll sentence whose only doers are unidentified assailants is the event's
        (
            "Rebels attacked the outskirts of Bangui on Wednesday before being pushed back by "
            "government troops. One Rwandan peacekeeper was killed, the UN mission said, while "
            "the government said 30 assailants died in the fighting.",
            31,
        ),
        # the hurt who have died since
        (
            "Two people injured in an explosion at a rally in Bulawayo on Saturday have died, "
            "state media reported.",
            2,
        ),
        # one person told before, then "killing her"; and another also killed
        (
            "Gunmen fired nine shots at the councillor's car in Rio de Janeiro on Wednesday "
            "night, killing her. Her driver was also killed.",
            2,
        ),
        ("Gunmen killed her husband in Kukawa on Monday.", 1),
    ],
)
def test_the_dead_counted(pipeline: Pipeline, text: str, dead: int) -> None:
    event = pipeline(text, published=PUBLISHED).events[0]
    assert event.fatalities is not None and event.fatalities.best == dead


def test_things_counted_before_them_are_no_dead(pipeline: Pipeline) -> None:
    # "them" are the two cars, not people
    events = pipeline(
        "Gunmen stopped two cars near Kaduna on Monday and burned them, police said.",
        published=PUBLISHED,
    ).events
    assert all(e.fatalities is None or not e.fatalities.best for e in events)


@pytest.mark.parametrize("verb", ["shot dead", "gunned down", "beheaded", "assassinated"])
def test_the_one_person_killed_counts_one(pipeline: Pipeline, verb: str) -> None:
    event = pipeline(
        f"Gunmen {verb} the imam of the central mosque in Kukawa on Monday, residents said.",
        published=PUBLISHED,
    ).events[0]
    assert event.fatalities is not None and event.fatalities.best == 1


def test_an_assassination_is_an_attack_and_an_attempt_no_death(pipeline: Pipeline) -> None:
    assert (
        main_coding(pipeline, "Gunmen assassinated the mayor of Kukawa on Monday, residents said.")[
            0
        ]
        == "Attack"
    )
    events = pipeline(
        "Police foiled an assassination attempt on the governor in Kukawa on Monday.",
        published=PUBLISHED,
    ).events
    assert all(e.fatalities is None or not e.fatalities.best for e in events)


def test_a_sixth_man_died_makes_the_toll_six(pipeline: Pipeline) -> None:
    event = pipeline(
        "Five young men watching a football match in Esmeraldas were shot dead on Sunday night. "
        "Hooded gunmen fired at the group and fled, police said. A sixth man died in hospital on "
        "Monday.",
        published=PUBLISHED,
    ).events[0]
    assert event.fatalities is not None and event.fatalities.best == 6


def test_what_a_strike_answered_is_not_its_trigger(pipeline: Pipeline) -> None:
    # the drone attack is what the strike answered; the strike was the day before Sunday
    event = pipeline(
        "Fire was still burning at the fuel tanks of Hodeidah port on Sunday, a day after "
        "Israeli warplanes struck the Red Sea city, in response to a Houthi drone attack on "
        "Tel Aviv.",
        published="2024-07-21",
    ).events[0]
    assert (event.sub_event_type, str(event.date)) == ("Air/drone strike", "2024-07-20")
    assert event.location is not None and event.location.name == "Hodeidah"
