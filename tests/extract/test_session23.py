"""Rules of session 23, each with guard cases that pass before and after it.

More of the ways narratives tell their dead: "fatally shot", "mowed down", "burning alive a
woman", corpses counted like bodies, "Both occupants were killed", two single victims who "lost
their lives", a second count inside "the bodies of ... and ...", a protest's dead told after the
firing, "neutralised" assailants told after a battle, the dead buried in a mass grave (a burial,
not a grave found).

The texts were written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sitrep.extract.numbers import find_quantities
from sitrep.models import Event
from sitrep.pipeline import Pipeline

MainEvent = Callable[..., Event]  # the fixtures in conftest.py
Deaths = Callable[..., "int | None"]


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # "fatally" makes a wound a death
        (
            "Soldiers opened fire on a crowd of protesters in Bamako on Friday. Four students "
            "were fatally shot, a rights group said.",
            4,
        ),
        (
            "Police fired live rounds at demonstrators in Khartoum on Friday. Two teenagers were "
            "fatally wounded, medics said.",
            2,
        ),
        # gunfire that mows people down kills them
        (
            "Gunmen on motorcycles mowed down 14 farmers in their fields near Djibo on Friday, "
            "residents said.",
            14,
        ),
        # one victim burned alive
        (
            "A mob set fire to shops in the market on Friday, burning alive a young trader, "
            "police said.",
            1,
        ),
        # corpses are the dead, like bodies
        (
            "Armed men attacked a village near Kidal on Friday. Nine corpses were later found in "
            "a dry riverbed, a local official said.",
            9,
        ),
        # "both" and a group of two, told by its death
        (
            "A drone struck a pickup truck near Marib on Friday. Both passengers were killed, "
            "tribal sources said.",
            2,
        ),
        # two single victims, one fate
        (
            "Insurgents attacked a border post near Chaman on Friday. A policeman and a "
            "shopkeeper lost their lives, officials said.",
            2,
        ),
        # a second count inside the bodies counted
        (
            "Bandits fought local vigilantes outside Gusau on Friday. Villagers counted the "
            "bodies of eight of their men and at least 12 of the bandits, an elder said.",
            20,
        ),
        # assailants "neutralised" after a battle told before them
        (
            "The army repelled an attack on its base near Djibo on Friday. Twelve assailants "
            "were neutralised, the army said.",
            12,
        ),
        # the dead buried in a mass grave: a burial, the dead of the attack told before
        (
            "Gunmen raided the village of Kwall on Friday. Mourners buried 16 victims in a mass "
            "grave on Saturday.",
            16,
        ),
    ],
)
def test_dead_told_in_narratives(deaths: Deaths, text: str, dead: int) -> None:
    assert deaths(text) == dead


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # guards: a wound that is not fatal, a count that is not inside the bodies
        (
            "Police fired live rounds at demonstrators in Khartoum on Friday. Two teenagers were "
            "critically wounded, medics said.",
            None,
        ),
        (
            "Police recovered the bodies of three men near Gusau on Friday and arrested two "
            "suspects, a spokesman said.",
            3,
        ),
        # a mass grave found holds old dead: the grave convention counts no toll for it
        (
            "Investigators found a mass grave containing 40 bodies near Izium on Friday, "
            "officials said.",
            None,
        ),
    ],
)
def test_dead_guards(deaths: Deaths, text: str, dead: int | None) -> None:
    assert deaths(text) == dead


def test_both_counts_two_only_when_a_death_follows() -> None:
    assert [q.best for q in find_quantities("Both occupants were killed")] == [2]
    assert find_quantities("Both occupants were questioned by police") == []


def test_mass_grave_found_stays_a_discovery(main_event: MainEvent) -> None:
    event = main_event(
        "Investigators found a mass grave near Izium on Friday, officials said.",
        published="2024-03-18",
    )
    assert event.sub_event_type == "Other"


def test_burial_in_a_mass_grave_is_not_a_discovery(pipeline: Pipeline) -> None:
    events = pipeline(
        "Gunmen raided the village of Kwall on Friday. Mourners buried 16 victims in a mass "
        "grave on Saturday.",
        published="2024-03-18",
    ).events
    assert [e.sub_event_type for e in events] == ["Attack"]


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # the second verb of "were raped and killed", "were shot and killed" is the outcome
        (
            "Four men were shot and killed when gunmen opened fire on a pickup truck near Garissa "
            "on Friday, police said.",
            4,
        ),
        # a victim and a list of kin after him
        (
            "Gunmen stormed a compound near Gusau on Friday and killed a farmer, his wife and "
            "their daughter, residents said.",
            3,
        ),
        # one victim left dead
        (
            "Insurgents attacked an army post near Ansongo on Friday, leaving a soldier dead, "
            "the army said.",
            1,
        ),
        # "slit the throats of"
        (
            "Jihadists slit the throats of three herders in a raid near Menaka on Friday, "
            "residents said.",
            3,
        ),
        # "succumbed", and the day he died is not the day he was shot
        (
            "Gunmen attacked a village near Jos on Friday. A farmer who was shot in the chest "
            "succumbed to his injuries on Sunday, residents said.",
            1,
        ),
        (
            "Gunmen attacked a church near Kaduna on Friday. Three worshippers succumbed to "
            "gunshot wounds in hospital, the pastor said.",
            3,
        ),
        # the dead found by the police: an attack by whoever killed them, not by the police
        (
            "Police found the bodies of five men in a ravine near Culiacan on Friday, officials "
            "said.",
            5,
        ),
    ],
)
def test_more_dead_told_in_narratives(deaths: Deaths, text: str, dead: int) -> None:
    assert deaths(text) == dead


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # guards: the second verb is no death; a kin list that was hurt
        (
            "Four men were arrested and released when police raided a bar in Garissa on Friday, "
            "officials said.",
            None,
        ),
        (
            "Gunmen killed a farmer near Gusau on Friday and wounded his wife and their "
            "daughter, residents said.",
            1,
        ),
    ],
)
def test_more_dead_guards(deaths: Deaths, text: str, dead: int | None) -> None:
    assert deaths(text) == dead


def test_bodies_found_by_police_have_unknown_killers(main_event: MainEvent) -> None:
    event = main_event(
        "Police found the bodies of five men in a ravine near Culiacan on Friday, officials said.",
        published="2024-03-18",
    )
    assert event.sub_event_type == "Attack"
    assert event.actor1 is None or event.actor1.inter != 1
    # a finding told a day after the act is its count, not an event of its own
    later = main_event(
        "Gunmen raided a village near Bunia on Friday. Soldiers found the bodies of six "
        "villagers on Saturday.",
        published="2024-03-18",
    )
    assert later.fatalities is not None and later.fatalities.best == 6
    assert str(later.date) == "2024-03-15"


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        (
            "On 12 March, Turkish troops erected a new outpost near the village of Tal Tamr.",
            "Headquarters or base established",
        ),
        (
            "On 12 March, rebels installed a new administration in the town of Kitshanga.",
            "Headquarters or base established",
        ),
        (
            "On 12 March, fighters moved into the district office in Rutshuru and made it their "
            "headquarters.",
            "Headquarters or base established",
        ),
        (
            "On 12 March, the army set up a command centre in the town of Bol for the offensive.",
            "Headquarters or base established",
        ),
        (
            "On 12 March, the first Kenyan peacekeepers landed in Port-au-Prince.",
            "Headquarters or base established",
        ),
        (
            "On 12 March, troops were hit by shells that gave off Novichok vapour near Avdiivka.",
            "Chemical weapon",
        ),
        (
            "On 12 March, dozens of students fell ill after smelling a strange odour at their "
            "school in Qom.",
            "Chemical weapon",
        ),
        (
            "On 12 March, the armed group split into two factions after its leader died.",
            "Change to group/activity",
        ),
        (
            "On 12 March, police publicly burned 2,000 confiscated firearms in Nairobi.",
            "Change to group/activity",
        ),
        (
            "On 12 March, settlers uprooted 150 olive trees near the village of Burin.",
            "Looting/property destruction",
        ),
        (
            "On 12 March, the kidnappers released eight hostages in exchange for a ransom.",
            "Agreement",
        ),
        (
            "On 12 March, clan elders agreed on Tuesday to end the fighting over grazing land.",
            "Agreement",
        ),
    ],
)
def test_rare_sub_types_in_other_words(main_event: MainEvent, text: str, sub: str) -> None:
    assert main_event(text, published="2024-03-18").sub_event_type == sub


def test_an_event_no_trigger_word_names_needs_no_actor_when_the_classifier_is_sure(
    pipeline: Pipeline,
) -> None:
    # no lexicon word, no actor in the knowledge base: the sub-type classifier alone is sure
    events = pipeline(
        "Families of the disappeared held a vigil in Colombo on Friday, holding photographs of "
        "their loved ones and calling for answers.",
        published="2024-03-18",
    ).events
    assert [e.sub_event_type for e in events] == ["Peaceful protest"]


@pytest.mark.parametrize(
    "text",
    [
        "The central bank raised its benchmark interest rate by half a percentage point on "
        "Thursday, citing persistent inflation.",
        "Heavy rain is expected across the north of the country this weekend, the "
        "meteorological office said on Friday.",
        "The national museum reopened on Sunday after two years of renovation, drawing long "
        "queues of visitors.",
        "Thousands of fans celebrated in the streets of Buenos Aires on Sunday after the "
        "national team won the cup.",
    ],
)
def test_news_of_no_conflict_is_no_event(pipeline: Pipeline, text: str) -> None:
    assert pipeline(text, published="2024-03-18").events == []


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # one victim, told many ways
        (
            "Gunmen raided a farm near Lafia on Friday. The herder was shot in the back and died "
            "on the spot, residents said.",
            1,
        ),
        (
            "Militants attacked a police post near Tank on Friday. A rocket claimed the life of a "
            "constable, officials said.",
            1,
        ),
        (
            "Militants attacked a border post near Chaman on Friday. A soldier lost his life in "
            "the firing, the army said.",
            1,
        ),
        (
            "Police fired live rounds at protesters in Kampala on Friday. A student who was shot "
            "in the leg has died, his family said.",
            1,
        ),
        (
            "A woman, whose name was not released, was shot dead by gunmen in Tamale on Friday, "
            "police said.",
            1,
        ),
        (
            "Gunmen attacked a mosque near Zaria on Friday. The imam was among the dead, "
            "residents said.",
            1,
        ),
        (
            "Gunmen on a motorbike shot dead a pharmacist in Quetta on Friday, police said.",
            1,
        ),
        (
            "A 16-year-old was fatally stabbed during clashes between rival gangs in Nairobi on "
            "Friday, police said.",
            1,
        ),
        (
            "Gunmen attacked a village near Jos on Friday. The victim, a 40-year-old tailor, died "
            "at the scene, police said.",
            1,
        ),
        (
            "A motorcycle taxi rider was lynched by a mob in Kampala on Friday after being "
            "accused of theft, police said.",
            1,
        ),
        (
            "Police said a suspect was killed in a shootout with officers in Durban on Friday.",
            1,
        ),
    ],
)
def test_one_victim_told_many_ways(deaths: Deaths, text: str, dead: int) -> None:
    assert deaths(text) == dead


def test_a_victim_of_the_surest_verbs_is_named_by_the_phrase_end() -> None:
    from sitrep.extract.singular import _singular_deaths

    (item,) = _singular_deaths("The army said it had shot dead a suspected suicide bomber.", 0)
    assert item.noun == "bomber"
    assert _singular_deaths("Gunmen shot at a car near the market.", 0) == []


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # a name the recognizer took for an organisation, beside a person, and a chain of verbs
        (
            "A mob attacked lawyers outside the court in Sylhet on Monday. Tanvir Hasan Rony, a "
            "32-year-old assistant public prosecutor, was pulled from a rickshaw and beaten to "
            "death, his colleagues said.",
            1,
        ),
        # a name told alone, after it was told in full
        (
            "A crowd attacked the house of Rafiqul Mia in Sylhet on Monday, accusing him of "
            "theft. Mia was hacked to death in the courtyard, police said.",
            1,
        ),
    ],
)
def test_named_victims_of_crowds(deaths: Deaths, text: str, dead: int) -> None:
    assert deaths(text) == dead


@pytest.mark.parametrize(
    "text",
    [
        # the troops are an actor: the trigger looks behind to them
        "The first Kenyan soldiers landed at Mogadishu airport on Friday, the start of a "
        "deployment of 800 troops. An ambush near Afgoye in March killed 20 soldiers.",
        "Egyptian special forces began arriving in Mogadishu on Friday, the army said. Fighting "
        "near Jowhar last month killed 30 soldiers.",
    ],
)
def test_arrivals_told_before_an_old_battle_are_the_event(main_event: MainEvent, text: str) -> None:
    assert main_event(text, published="2024-03-18").sub_event_type == (
        "Headquarters or base established"
    )


def test_a_site_handed_over_is_a_transfer(main_event: MainEvent) -> None:
    event = main_event(
        "Chadian troops left their camp at Faya on Friday, handing the site over to Libyan "
        "soldiers, the army said. In May, 12 soldiers were killed in an ambush near the border.",
        published="2024-03-18",
    )
    assert event.sub_event_type == "Non-violent transfer of territory"


@pytest.mark.parametrize(
    "text",
    [
        "Turkish troops arrived in Tripoli on Saturday to train the Libyan coast guard.",
        "Turkish soldiers arrived at a base near Bashiqa on Saturday to train Kurdish fighters.",
    ],
)
def test_troops_an_actor_holds_arrive(main_event: MainEvent, text: str) -> None:
    assert main_event(text, published="2024-03-18").sub_event_type == (
        "Headquarters or base established"
    )


def test_a_parent_of_children_and_who_lives_count_no_dead() -> None:
    from sitrep.extract.tolls import find_tolls
    from sitrep.nlp import load_nlp

    nlp = load_nlp()
    for text in (
        "'The bullets hit our roof all day,' said a mother of four who lives near the church.",
        "A farmer who lives near the river said three of his cows were stolen.",
    ):
        sent = next(iter(nlp(text).sents))
        assert find_tolls(sent).of("killed") == [], text
    claimed = next(iter(nlp("The attack claimed 20 lives.").sents))
    assert [i.quantity.best for i in find_tolls(claimed).of("killed")] == [20]


@pytest.mark.parametrize(
    "text",
    [
        # the dead a protest is about
        "Hundreds of people marched in Niamey on Friday to demand justice for the 9 herders "
        "killed by soldiers near Tillia last year.",
        # the dead of an earlier act, told beside the arrests for it
        "Police arrested eight suspects in connection with last week's attack on a market in "
        "Jos, which killed 14 traders.",
        # a tally over months, not an event's dead
        "The army said on Friday it had killed more than 150 militants in operations over the "
        "past four months.",
    ],
)
def test_dead_of_other_times_are_not_this_events(deaths: Deaths, text: str) -> None:
    assert not deaths(text)


def test_the_wounded_who_died_since_add_to_the_dead(deaths: Deaths) -> None:
    text = (
        "A car bomb exploded outside a hotel in Mogadishu on Friday, killing four people. Three "
        "of the wounded later died in hospital, police said."
    )
    assert deaths(text) == 7
    # guard: the wounded counted without a death are no dead
    assert (
        deaths(
            "A car bomb exploded outside a hotel in Mogadishu on Friday, killing four people. "
            "Three of the wounded were flown to Nairobi, police said."
        )
        == 4
    )


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        (
            "Gunmen fired on a minibus near Garissa on Friday, killing five passengers. Another "
            "passenger died in hospital on Saturday, police said.",
            6,
        ),
        (
            "A bomb exploded at a bus stop in Quetta on Friday, killing four people. A further "
            "three people died in hospital, officials said.",
            7,
        ),
        (
            "A mine hit a truck near Gao on Friday, killing two soldiers. The driver and a "
            "medic later died in hospital, the army said.",
            4,
        ),
        (
            "Gunmen raided a village near Beni on Friday, killing eight people. Three more "
            "bodies were found on Saturday, officials said.",
            11,
        ),
    ],
)
def test_more_dead_told_after_the_first_count(deaths: Deaths, text: str, dead: int) -> None:
    assert deaths(text) == dead


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # a headline with no stop over its lede: its own sentence, and its toll the lede's act's
        (
            "Drone strike on Idlib car kills three\nA drone struck a car near Idlib on Friday, "
            "rescuers said.",
            3,
        ),
        (
            "Air strike on Gaza house kills eight\nAn air strike hit a house in Rafah on Friday, "
            "medics said.",
            8,
        ),
    ],
)
def test_a_headlines_toll_is_its_ledes(deaths: Deaths, text: str, dead: int) -> None:
    assert deaths(text) == dead


def test_a_headline_line_is_a_sentence_but_shouted_wire_lines_are_left_to_the_parser() -> None:
    from sitrep.nlp import load_nlp

    nlp = load_nlp()
    doc = nlp("Shelling of Kherson market kills six\nRussian artillery hit a market on Friday.")
    assert [s.text.strip() for s in doc.sents][0] == "Shelling of Kherson market kills six"
    shouted = nlp("GUERRILLAS ATTACKED A POWER STATION IN\nUSULUTAN DEPARTMENT TODAY.")
    assert len(list(shouted.sents)) == 1


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        # a trigger running into an actor's name is cut there, not dropped
        (
            "On 12 March, Wagner fighters took up positions at the former UN camp in Tessalit.",
            "Headquarters or base established",
        ),
        (
            "On 12 March, Houthi fighters seized a hotel in Hodeidah to use as a base.",
            "Headquarters or base established",
        ),
        (
            "On 12 March, RSF fighters erected checkpoints on the main road into El Obeid.",
            "Headquarters or base established",
        ),
        (
            "On 12 March, IS fighters fired shells filled with sulfur mustard at Peshmerga "
            "positions near Makhmur.",
            "Chemical weapon",
        ),
        (
            "Ukraine said on 12 March that its soldiers near Avdiivka had been gassed by Russian "
            "drones.",
            "Chemical weapon",
        ),
    ],
)
def test_bases_and_agents_in_yet_other_words(main_event: MainEvent, text: str, sub: str) -> None:
    assert main_event(text, published="2024-03-18").sub_event_type == sub


def test_a_trigger_inside_an_actors_name_is_still_none(pipeline: Pipeline) -> None:
    # "Rapid Support Forces" names an actor: its "Forces" is no act, and the text tells none
    assert (
        pipeline(
            "The Rapid Support Forces said on Friday that its leader was in good health.",
            published="2024-03-18",
        ).events
        == []
    )
