"""The packaged sub-type classifier: loads, returns a full distribution, ranks clear cases right.

The sentences below were written for this test and are not in training/subtypes.jsonl.
"""

from __future__ import annotations

import math
import string
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.errors import ModelNotInstalled, SitrepError
from sitrep.extract.classify import (
    DEFAULT_MODEL,
    LABELS,
    NONE,
    SUBTYPE_TO_TYPE,
    SubtypeClassifier,
    normalise,
)
from sitrep.models import EVENT_TYPES

ROOT = Path(__file__).resolve().parents[2]

CLEAR = [
    ("Warplanes struck a fuel convoy outside Raqqa on Thursday, killing four drivers.",
     "Air/drone strike"),
    ("A suicide bomber detonated his vest at the gate of a police academy in Kabul, killing 20 "
     "recruits.", "Suicide bomb"),
    ("Police fired tear gas and water cannon to disperse hundreds of students marching in Nairobi.",
     "Protest with intervention"),
    ("Gunmen abducted 12 passengers from a bus travelling to Zaria.",
     "Abduction/forced disappearance"),
    ("Government and rebel negotiators signed a ceasefire agreement in Juba on Sunday.",
     "Agreement"),
    ("A roadside bomb hit a military truck near Kandahar, killing three soldiers.",
     "Remote explosive/landmine/IED"),
    ("Thousands of nurses marched peacefully through Lagos to demand unpaid wages.",
     "Peaceful protest"),
    ("Police arrested six opposition activists at their homes in Harare overnight.", "Arrests"),
    ("A mob beat to death two men accused of stealing a goat in a village near Kisumu.",
     "Mob violence"),
    ("Rebels and government troops fought for several hours on the outskirts of Goma.",
     "Armed clash"),
    ("An attacker hurled a grenade into a crowded bar in Mombasa, injuring nine people.", "Grenade"),
    ("Unknown gunmen shot dead a village chief and his two sons in their home in Zamfara.",
     "Attack"),
    ("Troops opened fire on demonstrators in Khartoum, killing seven.",
     "Excessive force against protesters"),
    ("Fighters burned dozens of empty houses and looted livestock in a village in Ituri.",
     "Looting/property destruction"),
    ("The army is expected to launch a new offensive against the rebels next month.", NONE),
    ("The militant group denied any role in the bombing.", NONE),
]  # fmt: skip


@pytest.fixture(scope="module")
def clf() -> SubtypeClassifier:
    return SubtypeClassifier.load()


def test_labels_are_the_acled_taxonomy_plus_none() -> None:
    subtypes = [s for subs in EVENT_TYPES.values() for s in subs]
    assert len(subtypes) == 25
    assert list(LABELS) == [*subtypes, NONE]
    assert SUBTYPE_TO_TYPE["Air/drone strike"] == "Explosions/Remote violence"
    assert SUBTYPE_TO_TYPE["Arrests"] == "Strategic developments"
    assert set(SUBTYPE_TO_TYPE) == set(subtypes)


def test_packaged_model_loads_once(clf: SubtypeClassifier) -> None:
    assert clf.path == DEFAULT_MODEL
    assert SubtypeClassifier.load() is clf
    assert SubtypeClassifier.load(DEFAULT_MODEL) is clf
    size = sum(p.stat().st_size for p in DEFAULT_MODEL.rglob("*") if p.is_file())
    assert size < 5_000_000


def test_distribution_is_complete_and_sums_to_one(clf: SubtypeClassifier) -> None:
    out = clf.predict([text for text, _ in CLEAR] + ["", "..."])
    assert len(out) == len(CLEAR) + 2
    for probs in out:
        assert list(probs) == list(LABELS)
        assert all(0.0 <= p <= 1.0 for p in probs.values())
        assert math.isclose(sum(probs.values()), 1.0, abs_tol=1e-4)


@pytest.mark.parametrize(("text", "label"), CLEAR, ids=[lab for _, lab in CLEAR])
def test_clear_sentences_rank_their_class_first(
    clf: SubtypeClassifier, text: str, label: str
) -> None:
    best, p = clf.best(text)
    assert best == label
    assert p > 1 / len(LABELS)


def test_hedged_event_words_are_not_events(clf: SubtypeClassifier) -> None:
    # same event words, but a threat and a report about a report
    threat = "The insurgents threatened to shell the town if the army did not withdraw."
    report = "A new UN report documents airstrikes on hospitals in the province last year."
    for text in (threat, report):
        probs = clf.predict([text])[0]
        assert probs[NONE] > probs["Shelling/artillery/missile attack"]
        assert probs[NONE] > probs["Air/drone strike"]


def test_predict_refuses_a_bare_string(clf: SubtypeClassifier) -> None:
    with pytest.raises(TypeError):
        clf.predict("Rebels shelled the town.")  # type: ignore[arg-type]


def test_missing_model_names_the_fix(tmp_path: Path) -> None:
    with pytest.raises(ModelNotInstalled, match="train_subtypes.py") as info:
        SubtypeClassifier.load(tmp_path / "nowhere")
    assert isinstance(info.value, SitrepError)


def test_training_data_is_well_formed() -> None:
    import json

    rows = [json.loads(line) for line in (ROOT / "training" / "subtypes.jsonl").open()]
    assert {r["label"] for r in rows} == set(LABELS)
    texts = {r["text"] for r in rows}
    assert len(texts) == len(rows)
    assert not texts & {text for text, _ in CLEAR}


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet=string.ascii_letters + string.digits + " .,'-", max_size=120))
def test_case_and_numbers_do_not_change_the_answer(clf: SubtypeClassifier, text: str) -> None:
    # upper-case wire copy and new figures read the same as the lower-case, known-figure text
    a, b = clf.predict([text, text.upper().replace("7", "3")])
    assert normalise(text.upper().replace("7", "3")) == normalise(text)
    assert a == pytest.approx(b)
    assert math.isclose(sum(a.values()), 1.0, abs_tol=1e-4)


def test_second_opinion_keeps_the_rules_type_unless_sure(clf: SubtypeClassifier) -> None:
    text = (
        "A suicide bomber detonated his vest at the gate of a police academy in Kabul, killing "
        "20 recruits."
    )
    # the model is sure of a suicide bombing: a rule's "Attack" becomes one, its own type stays
    assert clf.second_opinion("Attack", text) == "Suicide bomb"
    assert clf.second_opinion("Suicide bomb", text) == "Suicide bomb"
    # a bar it cannot reach leaves every rule type alone
    assert clf.second_opinion("Attack", text, floor=1.01) == "Attack"
    assert clf.second_opinion("Attack", text, floor=0.0, margin=1.01) == "Attack"
    # unsure (an air strike, a bomb or a suicide bomb?): the rules' reading stands
    unsure = "Warplanes struck a fuel convoy outside Raqqa on Thursday, killing four drivers."
    assert clf.second_opinion("Attack", unsure) == "Attack"


def test_second_opinion_never_drops_an_event(clf: SubtypeClassifier) -> None:
    # NONE is for the rules' modality checks to decide; the model only retypes
    text = "The army is expected to launch a new offensive against the rebels next month."
    assert clf.best(text)[0] == NONE
    assert clf.second_opinion("Armed clash", text, floor=0.0, margin=0.0) != NONE


def test_training_reads_only_the_dev_notes(tmp_path: Path) -> None:
    import json
    import sys

    sys.path.insert(0, str(ROOT / "scripts"))
    from train_subtypes import load_notes_rows

    notes = tmp_path / "notes.jsonl"
    gold = {"sub_event_type": "Arrests"}
    notes.write_text(
        "\n".join(
            json.dumps({"id": f"n{i}", "split": split, "text": f"text {i}", "gold": gold})
            for i, split in enumerate(["dev", "test", "dev", "test"])
        )
        + "\n\n",
        encoding="utf-8",
    )
    rows = load_notes_rows(notes)
    assert [r["text"] for r in rows] == ["text 0", "text 2"]
    assert {r["label"] for r in rows} == {"Arrests"}
    assert len({r["group"] for r in rows}) == 2
