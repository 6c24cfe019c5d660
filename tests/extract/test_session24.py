"""Rules of session 24, each with guard cases that pass before and after it.

More ways narratives, wire copy and crowds tell their dead: more people nouns for one victim,
families wiped out or shot dead, people burned alive or set alight, lists of kin and of named
victims, "Their bodies were found", a second clause's single death, coffins and funerals, "None
of the three guards survived", the whole a part is taken from, a nationality after a count, two
sides' dead of the same number, wire capitals; and the dead of other events kept out of this
one's (elsewhere, a background, earlier in the week, the dead a riot is about, a distance).

The texts were written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sitrep.models import Event

MainEvent = Callable[..., Event]  # the fixtures in conftest.py
Deaths = Callable[..., "int | None"]


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # more nouns for one person
        ("A mob beat a suspected thief to death in Kisumu on Saturday, police said.", 1),
        (
            "Gunmen stormed a mining camp near Kidal on Saturday. A person was killed and two "
            "were wounded, a local official said.",
            1,
        ),
        # a family wiped out is a family killed
        (
            "An air strike on a house in Saada on Saturday wiped out an entire family of seven, "
            "residents said.",
            7,
        ),
        # the whole a part is taken from is not more dead
        (
            "Gunmen stopped a bus near Gao on Saturday. Of the 15 passengers, 12 were killed, "
            "police said.",
            12,
        ),
        (
            "A boat carrying migrants was shelled off Hodeidah on Saturday. Police said that of "
            "the 30 people on board, 21 died.",
            21,
        ),
        # one more, caught in the crossfire, who also died
        (
            "Rebels attacked a police station in Bunia on Saturday, killing an officer. A civilian "
            "caught in the crossfire also died, police said.",
            2,
        ),
        # a group who died later of their wounds are more dead
        (
            "Militants attacked the village of Tillia on Saturday, killing four men. Two women "
            "died later of their wounds, a nurse said.",
            6,
        ),
        # kin in a witness's words
        (
            'Soldiers raided the village of Moura on Saturday. "They killed my husband and my '
            'two sons," a woman told reporters.',
            3,
        ),
        # a part of a count told with "the" is not one more
        (
            "Rebels attacked an army post near Bangassou on Saturday. The army said that two of "
            "the soldiers had been killed.",
            2,
        ),
    ],
)
def test_dead_told_in_more_ways(deaths: Deaths, text: str, dead: int) -> None:
    assert deaths(text) == dead


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # a family told between the count and its verb
        (
            "Five members of the same family were shot dead in their home in Gao on Saturday "
            "night, police said.",
            5,
        ),
        # the count's parts told before "were burned alive"
        (
            "Gunmen set fire to houses in Tillia on Saturday. Eight villagers, including an "
            "elderly blind man who could not flee, were burned alive, residents said.",
            8,
        ),
        # a witness's participle clause between the one victim and his fate
        (
            "A journalist covering the protests in Kisumu on Saturday was killed by a tear gas "
            "canister that struck his head, his employer said.",
            1,
        ),
        # one hurt who died after
        (
            "A land dispute near Jos turned deadly on Saturday when a herdsman stabbed a "
            "farmer, who died on the way to hospital, police said.",
            1,
        ),
        # a car's occupant
        (
            "An air strike on a car near Marib on Saturday killed its occupant, a commander of "
            "the group, the army said.",
            1,
        ),
        # the body of any one person, found
        (
            "The body of a local councillor was found in a ditch outside Bunia on Saturday, "
            "police said.",
            1,
        ),
        # one body among the counted dead
        (
            "Troops clashed with Maoist rebels in the forests of Abujhmarh on Wednesday. The "
            "body of the group's leader was among 27 recovered after the encounter, police said.",
            27,
        ),
    ],
)
def test_dead_told_in_narratives(deaths: Deaths, text: str, dead: int) -> None:
    assert deaths(text) == dead


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # a whole that is itself the dead stays the count
        (
            "Gunmen attacked the village of Tillia on Saturday. Of the 15 killed, 12 were "
            "civilians, residents said.",
            15,
        ),
        # a flood wipes out homes, not people
        (
            "Gunmen attacked the village of Tillia on Saturday, killing three. Floods had wiped "
            "out 200 homes there in May.",
            3,
        ),
        # hit by a stray bullet, but nothing says he died
        (
            "Police fired on protesters in Kisumu on Saturday, killing two. A passer-by hit by a "
            "stray bullet was taken to hospital.",
            2,
        ),
    ],
)
def test_dead_guards(deaths: Deaths, text: str, dead: int | None) -> None:
    assert deaths(text) == dead


def test_a_crowd_counted_after_the_dead_is_not_more_dead(deaths: Deaths) -> None:
    # the noun of an earlier count is not the noun of "thousands marching"
    text = (
        "Doctors in Khartoum said seven protesters were shot dead on Monday as security forces "
        "fired live rounds and tear gas canisters at thousands marching towards the palace."
    )
    assert deaths(text, published="2022-01-18") == 7


def test_people_burned_alive_after_a_burning_are_the_event_dead(main_event: MainEvent) -> None:
    event = main_event(
        "Gunmen set fire to houses in Tillia on Saturday. Eight villagers were burned alive.",
        published="2024-06-10",
    )
    assert event.sub_event_type == "Attack"
    assert event.fatalities is not None and event.fatalities.best == 8


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # a crowd's burning of people it caught
        (
            "Residents of Kisumu caught a suspected kidnapper on Saturday and set him ablaze, "
            "police said.",
            1,
        ),
        (
            "Two men accused of stealing phones were beaten and set alight by a crowd in Kisumu "
            "on Saturday, police said.",
            2,
        ),
        (
            "A mob set fire to a car carrying four suspected kidnappers in Kisumu on Saturday, "
            "killing all of them, police said.",
            4,
        ),
        ("A mob in Durban on Saturday necklaced a man suspected of being a gang member.", 1),
        # "both" after the verb that killed them
        (
            "A drone strike on a motorcycle near Marib on Saturday killed both riders, residents "
            "said.",
            2,
        ),
        # "shooting dead" one person
        (
            "Armed men looted the market in Tillia on Saturday, shooting dead a shopkeeper who "
            "resisted, residents said.",
            1,
        ),
        # a list of kin
        (
            "A teacher, his wife and their daughter were killed when gunmen stormed their house "
            "in Bunia on Saturday, police said.",
            3,
        ),
        # the group's fate past a phrase of its own
        (
            "Two health workers on their way to a vaccination campaign were shot dead by "
            "unknown gunmen near Bannu on Saturday.",
            2,
        ),
        # a running total after more bodies found is the toll, not more dead
        (
            "Gunmen attacked a village in Zamfara on Saturday, killing 12 people. Five more "
            "bodies were found on Sunday, bringing the toll to 17, police said.",
            17,
        ),
    ],
)
def test_dead_told_by_crowds_lists_and_phrases(deaths: Deaths, text: str, dead: int) -> None:
    assert deaths(text, published="2024-06-10") == dead


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # things set ablaze are not people
        ("Protesters set ablaze 12 vehicles and two police stations in Kisumu on Saturday.", None),
        # "both" of two sides is not two dead
        (
            "Troops clashed with rebels near Goma on Saturday, killing three, in the deadliest "
            "fighting for both sides this year.",
            3,
        ),
        # the relative clause's verb is not the group's fate
        (
            "Police said two men who were arrested after the soldiers were killed in Kiri on "
            "Saturday had been released.",
            None,
        ),
    ],
)
def test_crowd_and_list_guards(deaths: Deaths, text: str, dead: int | None) -> None:
    assert deaths(text, published="2024-06-10") == dead


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # names listed with their ages, the parser's apposition and conjunction
        (
            "Gunmen attacked a farm near Makurdi on Saturday. Musa Bello, 34, Ali Garba, 22, "
            "and Ibrahim Sule, 19, were killed, police said.",
            3,
        ),
        # the dead by name
        (
            "Gunmen attacked a farm near Makurdi on Saturday. The victims were identified as "
            "Musa Bello, Ali Garba and Hauwa Umar, police said.",
            3,
        ),
        # coffins and funerals count the dead
        (
            "Gunmen attacked a village near Bunia on Saturday. Nine coffins were lined up in "
            "the schoolyard for the funeral on Sunday.",
            9,
        ),
        (
            "Gunmen attacked a village near Bunia on Saturday. Five funerals were held on "
            "Sunday, residents said.",
            5,
        ),
        # "a score of" is twenty
        (
            "Militants attacked a village near Tillia on Saturday. A score of villagers were "
            "killed, residents said.",
            20,
        ),
        # none survived: all died
        (
            "Militants attacked a checkpoint near Tillia on Saturday. None of the three guards "
            "survived.",
            3,
        ),
        (
            "Militants attacked a village near Tillia on Saturday. Five people did not survive "
            "their injuries, doctors said.",
            5,
        ),
        # the missing are not the dead
        (
            "Militants attacked a village near Tillia on Saturday, leaving nine people dead and "
            "dozens missing.",
            9,
        ),
    ],
)
def test_dead_by_name_coffin_and_survival(deaths: Deaths, text: str, dead: int) -> None:
    assert deaths(text, published="2024-06-10") == dead


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # mass graves are not one death each
        (
            "Investigators found two mass graves near Izium on Saturday, officials said.",
            None,
        ),
        # one named victim, apposed to a job, is one
        ("Gunmen shot dead Musa Bello, a farmer, near Makurdi on Saturday, police said.", 1),
        # survivors are not dead
        (
            "Militants attacked a checkpoint near Tillia on Saturday, killing two. Three guards "
            "survived.",
            2,
        ),
    ],
)
def test_name_and_survival_guards(deaths: Deaths, text: str, dead: int | None) -> None:
    assert deaths(text, published="2024-06-10") == dead


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # "their bodies": the group the sentence before counted
        (
            "Four men who had gone to clear a farm outside Witu did not come home on Sunday. "
            "Their bodies were found that evening near the forest, the area chief said.",
            4,
        ),
        # a second clause's one death
        (
            "A Coptic Christian man was shot dead in front of his wife in El-Arish on Wednesday, "
            "and his son was taken away and burned alive, church officials said.",
            2,
        ),
    ],
)
def test_dead_told_across_clauses(deaths: Deaths, text: str, dead: int) -> None:
    assert deaths(text, published="2025-01-21") == dead


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # their bodies, with no group counted before: no count
        (
            "Gunmen attacked a farm near Witu on Sunday. Their bodies were found that evening, "
            "the area chief said.",
            None,
        ),
        # a dateline's city is not a victim beside the named one
        (
            "MEXICO CITY (Reuters) - Carlos Manzo, the mayor of Uruapan, was shot dead on "
            "Saturday night during a festival in the city's central square, officials said.",
            1,
        ),
        # a second clause that wounds is not a death
        (
            "A soldier was killed in an ambush near Gao on Monday, and the army said a policeman "
            "was wounded.",
            1,
        ),
    ],
)
def test_clause_guards(deaths: Deaths, text: str, dead: int | None) -> None:
    assert deaths(text, published="2025-01-21") == dead


@pytest.mark.parametrize(
    "text",
    [
        # the dead of other places, after a contrast
        "Hundreds of thousands of people filled the streets of Caracas on Wednesday to hear the "
        "opposition leader. The march in Caracas was largely peaceful, but rights groups said at "
        "least 13 people were killed in clashes with security forces elsewhere in the country.",
        # a background the event is set against
        "Thirty-six people were hurt on Tuesday when a car bomb exploded inside an army base in "
        "Cucuta. Nobody was killed. The blast came as the security forces were stretched by "
        "weeks of protests in which dozens of people have died.",
        # an earlier event told after this one
        "Gunmen looted shops and burned 30 houses in Delmas on Wednesday, residents said. "
        "Earlier in the week the gangs killed at least five people in an attack on Nazon.",
    ],
)
def test_other_events_dead_stay_out_of_the_event(deaths: Deaths, text: str) -> None:
    assert not deaths(text, published="2024-11-14")


def test_a_lede_told_as_last_week_keeps_its_dead(deaths: Deaths) -> None:
    text = (
        "Last week gunmen killed at least five people in an attack on Nazon, residents said on "
        "Thursday. Police said they had arrested two suspects."
    )
    assert deaths(text, published="2024-11-14") == 5


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # the whole told with a reduced relative is the dead; the part is not
        (
            "Funerals were held on Sunday in Majdal Shams for ten of the twelve children and "
            "teenagers killed when a rocket slammed into a football pitch on Saturday evening.",
            12,
        ),
        (
            "Gunmen attacked a market in Bunia on Saturday. Police identified three of the 11 "
            "people killed in the attack.",
            11,
        ),
    ],
)
def test_the_whole_a_part_is_taken_from(deaths: Deaths, text: str, dead: int) -> None:
    assert deaths(text, published="2024-07-28") == dead


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Gunmen ambushed a car near Bunia on Saturday. Two of the four men were killed.", 2),
        (
            "Gunmen ambushed a car near Bunia on Saturday. Two of the four died at the scene.",
            2,
        ),
    ],
)
def test_a_part_that_died_stays_the_part(deaths: Deaths, text: str, dead: int) -> None:
    assert deaths(text, published="2024-07-28") == dead


def test_a_running_toll_joins_its_event_wherever_the_wounded_are(deaths: Deaths) -> None:
    text = (
        "Women strapped with explosives walked into a wedding party in Gwoza on Saturday "
        "afternoon. The first blast tore through the guests at about 3 p.m. on Saturday. An "
        "emergency official said the toll had risen to 32, with dozens more receiving "
        "treatment in Maiduguri."
    )
    assert deaths(text, published="2024-07-01") == 32


def test_the_attackers_next_act_adds_its_dead_to_the_event(main_event: MainEvent) -> None:
    event = main_event(
        "Gunmen stormed a girls' boarding school in Maga in Kebbi state early on Monday and "
        "abducted 25 students, police said. The attackers, who arrived on motorcycles, "
        "exchanged fire with police at the school and killed a member of staff.",
        published="2025-11-17",
    )
    assert event.sub_event_type == "Abduction/forced disappearance"
    assert event.fatalities is not None and event.fatalities.best == 1


def test_other_doers_next_sentence_is_not_more_of_the_act(main_event: MainEvent) -> None:
    # not "the attackers": a clash told next, by others, stays its own
    event = main_event(
        "Gunmen stormed a girls' boarding school in Maga in Kebbi state early on Monday and "
        "abducted 25 students, police said. Vigilantes clashed with bandits in a nearby forest "
        "and killed four of them.",
        published="2025-11-17",
    )
    assert event.sub_event_type == "Abduction/forced disappearance"
    assert event.fatalities is None or event.fatalities.best == 0


def test_a_distance_counted_before_a_death_is_not_the_dead(deaths: Deaths) -> None:
    # the verb after the phrase does not agree with the counted blocks
    text = (
        "Gunmen fired on the police commander's car seven blocks from where the governor was "
        "killed, and the commander died instantly, police said on Friday."
    )
    assert deaths(text, published="1989-08-18") == 1


def test_a_possessive_day_dates_its_own_noun_not_the_verb_after(main_event: MainEvent) -> None:
    event = main_event(
        "Thousands of people angry at the government over Tuesday's port explosion marched on "
        "parliament in Beirut on Saturday.",
        published="2020-08-09",
    )
    assert str(event.date) == "2020-08-08"


def test_what_the_army_later_confirmed_is_the_events_toll(deaths: Deaths) -> None:
    text = (
        "Farmers in rural Puerto Rondon said they heard explosions and rifle fire for most of "
        "Sunday afternoon. The army later confirmed that six members of a dissident faction were "
        "killed when troops engaged them near the river."
    )
    assert deaths(text, published="2022-05-03") == 6


def test_the_dead_a_riot_is_about_are_not_its_dead(main_event: MainEvent) -> None:
    event = main_event(
        "Angry crowds stormed the homes of three ministers in Imphal on Saturday evening, "
        "setting fire to furniture and vehicles, after the bodies of a woman and two children "
        "were found in a river.",
        published="2024-11-17",
    )
    assert event.sub_event_type == "Violent demonstration"
    assert not (event.fatalities and event.fatalities.best)


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # one of a nationality after a counted group
        (
            "Suspected drone attacks set off explosions in three fuel tanker trucks in Abu Dhabi "
            "on Monday, killing two Indian nationals and a Pakistani and wounding six, police "
            "said.",
            3,
        ),
        # two sides' dead of the same number are not one figure said twice
        (
            "Kyrgyz and Tajik border guards exchanged fire near Ak-Sai on Thursday. Two Kyrgyz "
            "border guards were killed, according to the Kyrgyz Border Service; Tajik "
            "authorities reported two Tajik citizens killed.",
            4,
        ),
    ],
)
def test_more_dead_beside_a_count(deaths: Deaths, text: str, dead: int) -> None:
    assert deaths(text, published="2022-01-28") == dead


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # a figure said twice is still one count
        (
            "Gunmen attacked a bus near Quetta on Thursday, killing 16 passengers; officials "
            "said at least 16 people were killed.",
            16,
        ),
        # a capitalised word after "and a" that names no victim
        (
            "Gunmen killed two soldiers near Maiduguri on Thursday, and a Nigerian Army "
            "spokesman said the attackers fled.",
            2,
        ),
    ],
)
def test_more_dead_guards(deaths: Deaths, text: str, dead: int) -> None:
    assert deaths(text, published="2022-01-28") == dead


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # wire capitals read like the lower-case text
        ("GUNMEN ATTACKED A VILLAGE NEAR BAMA ON SATURDAY. EIGHT WERE KILLED, POLICE SAID.", 8),
        ("A MOB BEAT A SUSPECTED THIEF TO DEATH IN KANO ON SATURDAY, POLICE SAID.", 1),
    ],
)
def test_dead_told_in_wire_capitals(deaths: Deaths, text: str, dead: int) -> None:
    assert deaths(text, published="2024-06-10") == dead


def test_a_group_told_with_a_relative_clause_then_killed(deaths: Deaths) -> None:
    text = (
        "A suicide bomber rammed a pickup into the gate of a police station in Tank on Friday "
        "night. Police said two other attackers who tried to enter the compound were shot dead "
        "by guards."
    )
    assert deaths(text, published="2024-11-16") == 2
