"""One death told without a number, and cumulative death tolls (:func:`find_tolls`).

Each rule is checked as a pair: a sentence where it should count and one where it should not.
The sentences were written for these tests.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.language import Language

from sitrep.extract.tolls import SentenceTolls, find_tolls
from sitrep.nlp import load_nlp


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_nlp()


def tolls_of(nlp: Language, text: str) -> SentenceTolls:
    return find_tolls(next(iter(nlp(text).sents)))


def killed(nlp: Language, text: str) -> list[tuple[str, int]]:
    return [(i.who, i.quantity.best) for i in tolls_of(nlp, text).of("killed")]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("A soldier was killed in an ambush on Tuesday.", "combatants"),
        ("A police officer was gunned down in the town.", "combatants"),
        ("A rebel commander was killed in an air strike.", "combatants"),
        ("A peacekeeper was killed when his convoy was ambushed.", "combatants"),
        ("The village chief was shot dead outside his home.", "civilians"),
        ("A woman has been killed in the crossfire.", "civilians"),
        ("A local councillor had been murdered the day before.", "civilians"),
        ("The man was hacked to death with machetes.", "civilians"),
    ],
)
def test_a_passive_singular_death_counts_one(nlp: Language, text: str, who: str) -> None:
    assert killed(nlp, text) == [(who, 1)]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Gunmen shot dead a vendor at the market.", "civilians"),
        ("Gunmen murdered a journalist in his home.", "civilians"),
        ("A soldier killed a civilian at a checkpoint.", "civilians"),
        ("A mob stoned a student to death on Friday.", "civilians"),
        ("Militants burned a pastor to death in his church.", "civilians"),
    ],
)
def test_an_active_singular_killing_counts_one_victim(nlp: Language, text: str, who: str) -> None:
    assert killed(nlp, text) == [(who, 1)]


@pytest.mark.parametrize(
    "text",
    [
        "A car was burned during the night.",
        "A soldier was wounded in the raid.",
        "Militants burned a church in the village.",
        "Militants stoned a farmer in the village.",  # no "to death": stoned, not killed
        "The villagers were killed in the raid.",  # a group with no count is not one death
        "Police arrested a man on Monday.",
    ],
)
def test_no_singular_death_without_a_person_killed(nlp: Language, text: str) -> None:
    assert killed(nlp, text) == []


def test_a_singular_death_points_at_its_article(nlp: Language) -> None:
    doc = nlp("Rain fell all day in the hills. Gunmen shot dead a vendor at the market.")
    sent = list(doc.sents)[1]
    [item] = find_tolls(sent).of("killed")
    q = item.quantity
    assert doc.text[q.start : q.end] == q.text == "a"
    assert (q.best, q.low, item.noun) == (1, 1, "vendor")


def test_a_number_wins_over_the_singular_rule(nlp: Language) -> None:
    assert killed(nlp, "Three soldiers were killed in the attack.") == [("combatants", 3)]


def test_one_is_counted_like_a(nlp: Language) -> None:
    assert killed(nlp, "One peacekeeper was killed when his convoy was ambushed.") == [
        ("combatants", 1)
    ]


def test_nearly_killed_is_not_a_death(nlp: Language) -> None:
    assert killed(nlp, "A journalist was nearly killed when his car was hit.") == []


def test_a_singular_death_beside_a_numbered_one_adds_up(nlp: Language) -> None:
    assert sorted(killed(nlp, "Three soldiers were killed and a civilian was shot dead.")) == [
        ("civilians", 1),
        ("combatants", 3),
    ]


_PEOPLE = {
    "soldier": "combatants",
    "militant": "combatants",
    "policeman": "combatants",
    "guard": "combatants",
    "farmer": "civilians",
    "teacher": "civilians",
    "driver": "civilians",
    "priest": "civilians",
}
_VERBS = ["killed", "shot dead", "gunned down", "murdered", "beheaded", "stabbed to death"]


@settings(max_examples=30, deadline=None)
@given(
    noun=st.sampled_from(sorted(_PEOPLE)),
    verb=st.sampled_from(_VERBS),
    article=st.sampled_from(["A", "The"]),
    place=st.sampled_from(["Gao", "Kaduna", "Sulu", "Tete"]),
)
def test_any_singular_passive_death_is_one_of_its_class(
    nlp: Language, noun: str, verb: str, article: str, place: str
) -> None:
    text = f"{article} {noun} was {verb} near {place} on Monday."
    assert killed(nlp, text) == [(_PEOPLE[noun], 1)]


# --- cumulative death tolls ---------------------------------------------------------------------


def test_a_risen_death_toll_counts_the_dead(nlp: Language) -> None:
    t = tolls_of(nlp, "The death toll from Sunday's bombing rose to 57.")
    assert t.cumulative
    assert [(i.outcome, i.who, i.quantity.best) for i in t.items] == [("killed", "unknown", 57)]


def test_a_death_toll_keeps_the_class_of_its_noun(nlp: Language) -> None:
    assert killed(nlp, "The death toll from the attack has risen to 31 civilians.") == [
        ("civilians", 31)
    ]
    assert killed(nlp, "The death toll in the fighting climbed to 12 soldiers.") == [
        ("combatants", 12)
    ]


def test_other_figures_that_rise_are_not_death_tolls(nlp: Language) -> None:
    prices = tolls_of(nlp, "Fuel prices rose to 57 shillings a litre.")
    assert prices.items == [] and not prices.cumulative
    turnout = tolls_of(nlp, "Turnout rose to 57 percent.")
    assert turnout.items == [] and not turnout.cumulative
    injured = tolls_of(nlp, "The toll of injured rose to 40.")
    assert injured.of("killed") == []
    assert [i.quantity.best for i in injured.of("injured")] == [40]


def test_a_risen_number_of_dead_is_cumulative(nlp: Language) -> None:
    t = tolls_of(nlp, "The number of dead rose to 19.")
    assert [i.quantity.best for i in t.of("killed")] == [19]
    assert t.cumulative


def test_a_single_death_among_the_counted_is_not_added(nlp: Language) -> None:
    found = tolls_of(nlp, "Two people were killed, including a child who was shot dead at home.")
    assert sum(i.quantity.best for i in found.of("killed")) == 2


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # a named victim counts one (read from the parse)
        ("Opposition leader Amadou Sanogo was killed on Wednesday when troops stormed his house.", 1),
        ("Rights lawyer Maria Lopez and her aide, Tomas Rivera, were shot dead outside the court.", 2),
        ("Gunmen shot dead presidential candidate Ruben Ortiz as he left a rally.", 1),
        ("Sheikh Abdi Hassan died in hospital on Monday, his family said.", 1),
        ("Commander Abu Karim and 12 fighters were killed in the raid.", 13),
        ("A drone strike killed militant leader Hamza Saleh near the border.", 1),
        ("Deborah Okafor, a student at the college, was stoned to death by a mob.", 1),
        ("KYIV (Reuters) - Colonel Petro Hrytsenko, a brigade commander, was killed on Monday.", 1),
        ("His bodyguard was also killed.", 1),
        # a name the recognizer leaves untagged, as a singular subject (session 13)
        ("Mohib Ullah, who founded a rights group in the camp, was shot dead at his office.", 1),
        ("Kutupalong camp was shelled and no one was killed.", 0),
        ("Gunmen opened fire on the crowd, killing a 19-year-old, relatives said.", 1),
        # a named person who did not die, or died before the event told
        ("Opposition leader Amadou Sanogo was nearly killed when troops stormed his house.", 0),
        ("Amadou Sanogo said troops had killed no one.", 0),
        ("Police chief Amadou Sanogo said the gunmen were killed by troops.", 0),
        ("Amadou Sanogo was shot in the leg and taken to hospital.", 0),
        ("Amadou Sanogo was not killed in the raid, his party said.", 0),
        ("Clashes broke out in the camp after militia leader Amadou Sanogo was killed.", 0),
        # a figure inside a name is no count
        ("Two men were beaten to death by residents of Delmas 32 on Tuesday.", 2),
        ("Gunmen killed 12 people near Kilometre 5 on Sunday.", 12),
        ("In Sector 7, 40 people were killed.", 40),
        ("Police said 12 were killed.", 12),
        ("The army said on Monday 12 soldiers died.", 12),
        ("Three young men accused of theft were beaten and burned to death by a crowd.", 3),
    ],
)  # fmt: skip
def test_named_victims_and_figures_in_names(nlp: Language, text: str, dead: int) -> None:
    assert sum(n for _, n in killed(nlp, text)) == dead


@pytest.mark.parametrize(
    ("text", "dead", "hurt"),
    [
        ("Doctors said they had received 26 bodies, and that 55 wounded people were being treated.", 26, 55),
        ("Officials said 39 civilians had been killed, 21 in Kamba and 18 in Tera.", 39, 0),
        ("Gunmen killed 5 soldiers in Djibo and 7 civilians in Arbinda.", 12, 0),
        ("Thirteen officers were killed, the police said, after the toll rose from the eight announced earlier.", 13, 0),
        ("Doctors said four people were killed and nine wounded; the rebels' radio said seven people died.", 4, 9),
    ],
)  # fmt: skip
def test_parts_other_counts_and_the_hurt_are_not_more_dead(
    nlp: Language, text: str, dead: int, hurt: int
) -> None:
    found = tolls_of(nlp, text)
    assert sum(i.quantity.best for i in found.of("killed")) == dead
    assert sum(i.quantity.best for i in found.of("injured")) == hurt
