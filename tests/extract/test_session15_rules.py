"""Rules of session 15: a raid told only by what was burned or carried off, gunfire whose own
target is people, a peaceful protest whose crowd then rioted, the wounded told as "more
receiving treatment", and a bomb told as a parked car that blew up.

The texts were written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sitrep.extract.tolls import find_tolls
from sitrep.models import Event
from sitrep.nlp import load_nlp

MainEvent = Callable[..., Event]  # the fixture in conftest.py


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    return load_nlp()


@pytest.mark.parametrize(
    "text",
    [
        "Armed youths raided two cattle camps near Yirol on Saturday, burning more than 80 huts "
        "and driving away hundreds of cows, the county commissioner said. No one was hurt "
        "because residents had fled the day before.",
        "Masked men stormed the offices of the opposition newspaper in Harare early on Monday, "
        "smashing computers and carrying away files, its editor said.",
    ],
)
def test_a_raid_on_things_is_property_destruction(main_event: MainEvent, text: str) -> None:
    event = main_event(text, published="2023-06-14")
    assert event.sub_event_type == "Looting/property destruction"


@pytest.mark.parametrize(
    "text",
    [
        # someone was killed: the raid was an attack on people
        "Armed youths raided a cattle camp near Yirol on Saturday, burning 80 huts and killing "
        "three herders, the county commissioner said.",
        # an armed side fought back: a battle
        "Militants stormed an army post near Diffa on Monday and burned two vehicles before "
        "soldiers repelled them, the defence ministry said.",
        # a crowd did it: a riot, as before
        "Crowds stormed the district office in Mwanza on Friday, smashing windows and setting "
        "fire to files, police said.",
    ],
)
def test_a_raid_with_harm_fighting_or_a_crowd_stays_as_it_was(
    main_event: MainEvent, text: str
) -> None:
    event = main_event(text, published="2023-06-14")
    assert event.sub_event_type != "Looting/property destruction"


def test_fire_on_worshippers_is_an_attack_whoever_roles_found(main_event: MainEvent) -> None:
    # the group's name beside the gunmen made roles read two armed sides
    event = main_event(
        "About 20 gunmen, some carrying the flag of Islamic State, opened fire on worshippers "
        "at a mosque in Bir al-Abed on Friday, killing 40 people, officials said.",
        published="2019-03-09",
    )
    assert event.sub_event_type == "Attack"


def test_fire_on_soldiers_stays_a_battle(main_event: MainEvent) -> None:
    event = main_event(
        "Islamic State gunmen opened fire on soldiers at a checkpoint in Bir al-Abed on Friday, "
        "killing four of them, officials said.",
        published="2019-03-09",
    )
    assert event.sub_event_type == "Armed clash"


def test_a_peaceful_protest_whose_crowd_then_rioted(main_event: MainEvent) -> None:
    event = main_event(
        "Hundreds of traders marched through Kisumu on Tuesday to protest against new market "
        "fees. Later on Tuesday some of the protesters set fire to the county revenue office "
        "and threw stones at police, witnesses said.",
        published="2023-05-10",
    )
    assert event.sub_event_type == "Violent demonstration"


def test_a_protest_put_down_keeps_what_was_done_to_it(main_event: MainEvent) -> None:
    event = main_event(
        "Police fired tear gas on Tuesday to stop thousands of opposition supporters from "
        "marching on parliament in Kampala, witnesses said. Protesters threw stones at police "
        "lines on the main road.",
        published="2023-05-10",
    )
    assert event.sub_event_type == "Protest with intervention"


@pytest.mark.parametrize(
    "text",
    [
        "The toll from the bombing rose to 32, with dozens more receiving treatment in Maiduguri, "
        "officials said.",
        "The death toll rose to 32 on Sunday, with 40 more being treated in hospital.",
        "The death toll rose to 32, with five more in hospital.",
    ],
)
def test_more_receiving_treatment_are_wounded_not_dead(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    tolls = find_tolls(next(iter(nlp(text).sents)))
    assert [i.quantity.best for i in tolls.of("killed")] == [32]
    assert len(tolls.of("injured")) == 1


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        (
            "A parked car blew up beside the bus station in Azaz on Saturday morning, killing "
            "five people, the local council said.",
            "Remote explosive/landmine/IED",
        ),
    ],
)
def test_a_parked_car_that_blew_up_is_a_bomb(main_event: MainEvent, text: str, sub: str) -> None:
    assert main_event(text, published="2024-03-12").sub_event_type == sub


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        (
            "Residents of Talmenes said a yellow cloud with a smell of bleach spread through the "
            "village after a helicopter dropped barrels on Tuesday; two children choked to death.",
            "Chemical weapon",
        ),
        (
            "At least 30 schoolgirls in Takhar were taken to hospital on Sunday after inhaling an "
            "unknown gas in their classroom, officials said.",
            "Chemical weapon",
        ),
        (
            "The ADF has relocated its command centre to the Mwalika valley after army operations "
            "in the Rwenzori sector, a UN report said on Thursday.",
            "Headquarters or base established",
        ),
        (
            "The Mai-Mai Yakutumba militia announced on Monday that it had changed its name to the "
            "Coalition of Revolutionary Movements for Change.",
            "Change to group/activity",
        ),
        (
            "The Wagner group ended its operations in Mali on Friday and announced that its "
            "fighters would leave the country.",
            "Change to group/activity",
        ),
        (
            "Gunmen seized 200 head of cattle from herders near Maiha on Sunday, police said.",
            "Looting/property destruction",
        ),
        (
            "The army razed the homes of suspected rebel collaborators in the village of "
            "Tchalanga on Monday, residents said.",
            "Looting/property destruction",
        ),
        (
            "Militiamen destroyed the water pumping station serving Baidoa on Friday, cutting "
            "supplies to thousands of displaced families, the local authority said.",
            "Looting/property destruction",
        ),
        # a cattle rancher taken is a person taken
        (
            "Suspected ELN guerrillas kidnapped a cattle rancher from his farm near Pailitas on "
            "Saturday night, the army said.",
            "Abduction/forced disappearance",
        ),
    ],
)
def test_acts_told_in_words_the_lexicon_lacked(main_event: MainEvent, text: str, sub: str) -> None:
    assert main_event(text, published="2024-03-12").sub_event_type == sub


@pytest.mark.parametrize(
    "text",
    [
        "The county commissioner said 17 people were killed; a priest with the diocese of "
        "Tombura-Yambio said more than 20 bodies had been buried.",
        "The state government said on Wednesday that 17 people were killed; a local lawmaker "
        "had earlier spoken of more than 50 dead.",
    ],
)
def test_another_sources_count_after_a_semicolon_is_no_more_dead(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    tolls = find_tolls(next(iter(nlp(text).sents)))
    assert [i.quantity.best for i in tolls.of("killed")] == [17]


def test_another_sources_lower_estimate_in_a_later_sentence_is_kept(
    main_event: MainEvent,
) -> None:
    event = main_event(
        "Security forces killed at least 66 people when they opened fire on worshippers after "
        "Friday prayers in Zahedan, a rights group said on Thursday. Provincial officials have "
        "put the death toll at 19.",
        published="2022-10-06",
    )
    assert event.fatalities is not None and event.fatalities.best == 19


def test_another_sources_higher_estimate_in_a_later_sentence_is_not(
    main_event: MainEvent,
) -> None:
    event = main_event(
        "Gunmen attacked a convoy of civilian vehicles near Kobe on Friday, killing more than 25 "
        "civilians, the army said. Local officials put the death toll at more than 50.",
        published="2025-02-08",
    )
    assert event.fatalities is not None and event.fatalities.best == 25


def test_an_earlier_count_is_replaced_by_the_later_toll(main_event: MainEvent) -> None:
    event = main_event(
        "The death toll from Tuesday's car bomb at a market in Beledweyne rose to 23 on Thursday, "
        "the district commissioner said. On Wednesday, officials had put the toll at 11.",
        published="2024-05-10",
    )
    assert event.fatalities is not None and event.fatalities.best == 23


def test_a_running_toll_since_a_month_is_not_the_events(main_event: MainEvent) -> None:
    event = main_event(
        "Nine bodies were brought to the morgue in Tibu on Monday, a day after fighting between "
        "the ELN and FARC dissidents flared again in the rural area of Campo Dos, officials "
        "said. Residents said the clashes lasted most of Sunday. Fighting between the two groups "
        "in the Catatumbo region since mid-January has killed at least 80 people.",
        published="2025-03-04",
    )
    assert event.fatalities is not None and event.fatalities.best == 9


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # a side's claim after a semicolon adds no dead to the reported count
        (
            "A roadside bomb struck a convoy near Marka on Wednesday, killing two soldiers; "
            "Al-Shabaab claimed to have killed 'more than a dozen' troops.",
            [2],
        ),
        (
            "Three soldiers and seven of the attackers were killed, according to a security "
            "source; the fighters claimed on social media to have killed 'more than ten' soldiers.",
            [3, 7],
        ),
        # the dead a running toll rose "after" are in it
        (
            "The death toll from Sunday's missile strike on Kharkiv rose to nine on Tuesday after "
            "rescuers pulled two more bodies from the rubble, the governor said.",
            [9],
        ),
        (
            "On Saturday the governor said the toll had risen to 19 after a woman died in "
            "hospital.",
            [19],
        ),
    ],
)
def test_claims_and_the_dead_a_toll_rose_after(nlp, text: str, dead: list[int]) -> None:  # type: ignore[no-untyped-def]
    tolls = find_tolls(next(iter(nlp(text).sents)))
    assert [i.quantity.best for i in tolls.of("killed")] == dead


def test_a_claim_alone_still_counts(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The group claimed to have killed 12 soldiers in the raid; the army gave no figures."
    tolls = find_tolls(next(iter(nlp(text).sents)))
    assert [i.quantity.best for i in tolls.of("killed")] == [12]


def test_a_toll_placed_by_its_sources_office_joins_the_event(main_event: MainEvent) -> None:
    # Mopti is 170 km from Douentza: the dead's place is where the official who counted sits
    event = main_event(
        "A bus carrying traders to the weekly fair in Boni hit a landmine outside Douentza on "
        "Friday, survivors said. Nine passengers were killed and 16 wounded, an official of "
        "the Mopti regional health directorate said on Monday.",
        published="2024-10-28",
    )
    assert event.fatalities is not None and event.fatalities.best == 9
    assert event.location is not None and event.location.name == "Douentza"


def test_a_capital_that_began_a_campaign_is_its_government(main_event: MainEvent) -> None:
    # "since Washington began its campaign": the government, so the article is about Yemen and
    # the foreign army striking there is an external force
    event = main_event(
        "Traders at a market in Sanaa were closing their stalls when the missiles struck. A U.S. "
        "air strike on the market on Sunday killed nine people, the health ministry said. It was "
        "the deadliest strike since Washington began its campaign against the group in March.",
        published="2025-04-21",
    )
    assert event.location is not None and event.location.name == "Sanaa"
    assert event.actor1 is not None and event.actor1.inter == 8


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # the one who died is one of the four
        (
            "A third pilgrim died in hospital overnight, bringing to four the number of people "
            "killed when a bomb hit their bus near Karbala on Friday, officials said.",
            [4],
        ),
        # the earlier figure is the one replaced
        (
            "Police said on Wednesday that 16 road workers were killed in the attack, revising "
            "down an earlier figure of 31.",
            [16],
        ),
        # another source's tally of the same dead, in its own words
        (
            "Tehran said seven officers were killed in the strike; a monitoring group reported "
            "11 fatalities.",
            [7],
        ),
        # the number who surrendered is no toll
        (
            "A group of 331 fighters surrendered to troops in Bama on Sunday, the army said, "
            "bringing to more than 1,000 the number who have laid down their arms.",
            [],
        ),
    ],
)
def test_counts_that_are_part_of_or_replaced_by_the_toll(nlp, text: str, dead: list[int]) -> None:  # type: ignore[no-untyped-def]
    tolls = find_tolls(next(iter(nlp(text).sents)))
    assert [i.quantity.best for i in tolls.of("killed")] == dead


@pytest.mark.parametrize(
    "text",
    [
        "Protesters, some of them masked, stormed the parliament in Skopje on Thursday and beat "
        "several lawmakers. Police fired stun grenades to clear the building.",
        "On 1 July 2022, protesters in Nukus rallied against the amendments and tried to storm "
        "local government buildings; security forces dispersed them.",
    ],
)
def test_a_crowd_that_stormed_a_building_rioted(main_event: MainEvent, text: str) -> None:
    assert main_event(text, published="2022-07-05").sub_event_type == "Violent demonstration"


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("A policeman and two civilians were killed in the blast.", 3),
        ("A special forces officer and three suspected militants were killed in the siege.", 4),
        ("A soldier and at least five attackers died in the fighting.", 6),
    ],
)
def test_one_told_before_a_counted_group_is_one_more(nlp, text: str, dead: int) -> None:  # type: ignore[no-untyped-def]
    tolls = find_tolls(next(iter(nlp(text).sents)))
    assert sum(i.quantity.best for i in tolls.of("killed")) == dead


def test_a_woman_and_her_sons_are_not_counted_twice(nlp) -> None:  # type: ignore[no-untyped-def]
    tolls = find_tolls(next(iter(nlp("A woman and her two sons were killed.").sents)))
    assert sum(i.quantity.best for i in tolls.of("killed")) == 3
