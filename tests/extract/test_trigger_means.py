"""Event typing by means (:func:`find_trigger`), territory without a fight, and which actor names
block triggers. Each rule is checked as a pair; the sentences were written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from sitrep.extract.triggers import find_trigger
from sitrep.nlp import load_nlp
from sitrep.pipeline import Pipeline

PUBLISHED = "2023-05-10"


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_nlp()


def sub_type(nlp: Language, text: str) -> str | None:
    trigger = find_trigger(next(iter(nlp(text).sents)), [])
    return trigger.sub_event_type if trigger is not None else None


@pytest.mark.parametrize(
    ("means", "plain", "expected", "otherwise"),
    [
        (  # a killing by an explosive device is an IED event
            "Two soldiers were killed when a roadside bomb exploded near Gao.",
            "Gunmen killed two soldiers near Gao.",
            "Remote explosive/landmine/IED",
            "Attack",
        ),
        (  # an attack by mortar fire is shelling
            "Rebels fired mortars at the camp, killing four soldiers.",
            "Rebels attacked the camp, killing four soldiers.",
            "Shelling/artillery/missile attack",
            "Armed clash",
        ),
        (  # a chemical agent overrides its delivery
            "A warplane dropped chlorine gas on the town, killing nine people.",
            "A warplane bombed the town, killing nine people.",
            "Chemical weapon",
            "Air/drone strike",
        ),
        (  # a suicide attacker overrides the car bomb
            "A suicide car bomber struck a checkpoint, killing seven soldiers.",
            "A car bomb exploded at a checkpoint, killing seven soldiers.",
            "Suicide bomb",
            "Remote explosive/landmine/IED",
        ),
    ],
)
def test_an_event_is_typed_by_its_means(
    nlp: Language, means: str, plain: str, expected: str, otherwise: str
) -> None:
    assert sub_type(nlp, means) == expected
    assert sub_type(nlp, plain) == otherwise


def test_a_weapon_used_in_an_assault_does_not_retype_it(nlp: Language) -> None:
    assert sub_type(nlp, "Militants attacked the army base using two car bombs.") == "Armed clash"
    assert sub_type(nlp, "Two car bombs exploded at the army base.") == (
        "Remote explosive/landmine/IED"
    )


def test_means_do_not_override_a_strong_non_battle_trigger(nlp: Language) -> None:
    assert sub_type(nlp, "Gunmen kidnapped two engineers after a bomb exploded nearby.") == (
        "Abduction/forced disappearance"
    )
    assert sub_type(nlp, "Police fired tear gas at the crowd after a blast near the stadium.") == (
        "Protest with intervention"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Helicopter gunships strafed the village at dawn.", "Air/drone strike"),
        ("Jets struck rebel positions overnight.", "Air/drone strike"),
        ("Air force strikes hit the camp overnight.", "Air/drone strike"),
        ("A boy stepped on a landmine while herding goats.", "Remote explosive/landmine/IED"),
        ("Suicide truck bombers hit the base.", "Suicide bomb"),
        ("Youths threw stones at police vehicles.", "Violent demonstration"),
        ("Villagers stoned a thief to death.", "Mob violence"),
        ("Fighters took 14 aid workers hostage.", "Abduction/forced disappearance"),
        ("The two sides exchanged 40 prisoners under a deal brokered by Qatar.", "Agreement"),
    ],
)
def test_new_lexicon_triggers(nlp: Language, text: str, expected: str) -> None:
    assert sub_type(nlp, text) == expected


def test_words_that_are_no_event_give_no_trigger(nlp: Language) -> None:
    assert sub_type(nlp, "Fuel prices rose sharply in the capital on Monday.") is None
    assert sub_type(nlp, "The minister visited a school in the rebel-held north.") is None


def test_a_single_shell_is_shelling(nlp: Language) -> None:
    assert sub_type(nlp, "A shell killed two children in the square.") == (
        "Shelling/artillery/missile attack"
    )


def test_a_killing_with_a_grenade_is_a_grenade_event(nlp: Language) -> None:
    assert sub_type(nlp, "An attacker killed two customers with a grenade.") == "Grenade"


def test_a_defused_bomb_is_disrupted_weapons_use(nlp: Language) -> None:
    assert sub_type(nlp, "Troops defused a roadside bomb on the highway.") == (
        "Disrupted weapons use"
    )


@pytest.mark.parametrize(
    "text",
    ["Militants burned a pastor to death in his church.", "A man was beaten to death by a crowd."],
)
def test_a_killing_the_tolls_count_is_an_event(nlp: Language, text: str) -> None:
    assert sub_type(nlp, text) in ("Attack", "Mob violence")


# --- through the pipeline: territory, and which names block triggers ------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "M23 rebels took control of the town of Rutshuru without resistance on Sunday.",
            "Non-violent transfer of territory",
        ),
        (
            "M23 rebels took control of the town of Rutshuru on Sunday after heavy fighting.",
            "Non-state actor overtakes territory",
        ),
        (
            "Soldiers took control of the town of Kidal without a fight on Sunday.",
            "Non-violent transfer of territory",
        ),
        ("Troops recaptured the town of Kidal on Sunday.", "Government regains territory"),
        # a withdrawal forced by the other side, or one years before, is no handover (session 13)
        (
            "The army regained control of Kidal on Sunday from the rebels, who had withdrawn "
            "after a week of army advances.",
            "Government regains territory",
        ),
        (
            "Soldiers regained control of the town of Djibo on Sunday, whose police had withdrawn "
            "in 2022 under pressure from JNIM.",
            "Government regains territory",
        ),
        (
            "Soldiers regained control of the town of Djibo on Sunday after the militants had "
            "withdrawn.",
            "Non-violent transfer of territory",
        ),
    ],
)
def test_territory_taken_without_a_fight_is_a_non_violent_transfer(
    pipeline: Pipeline, text: str, expected: str
) -> None:
    [event] = pipeline(text, published=PUBLISHED).events
    assert event.sub_event_type == expected


def test_crowd_names_are_triggers_other_names_are_not(pipeline: Pipeline) -> None:
    protest = pipeline("Protesters gathered outside parliament in Nairobi on Monday.", PUBLISHED)
    assert [e.sub_event_type for e in protest.events] == ["Peaceful protest"]
    fired = pipeline(
        "Security forces opened fire on protesters in Khartoum on Monday, killing three.", PUBLISHED
    )
    assert [e.sub_event_type for e in fired.events] == ["Excessive force against protesters"]
    # "riot" inside a named force ("Kenyan riot police") is no riot
    police = pipeline("Kenyan riot police dispersed a rally in Nairobi on Monday.", PUBLISHED)
    assert [e.sub_event_type for e in police.events] == ["Protest with intervention"]
