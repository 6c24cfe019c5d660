"""Scorer maths and the MUC-4 / WikiEvents / pages mapping helpers, on small hand-made rows."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sitrep.eval import muc4, pages, wikievents
from sitrep.eval.acceptance import Failure
from sitrep.eval.scorer import PRF, Scorer, macro_f1, score_sets, weighted_f1

D = dt.date

# --------------------------------------------------------------------------- PRF


def test_prf_values() -> None:
    prf = PRF(tp=3, fp=1, fn=2)
    assert prf.precision == pytest.approx(0.75)
    assert prf.recall == pytest.approx(0.6)
    assert prf.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)
    assert prf.support == 5
    assert PRF().f1 == 1.0  # nothing asked, nothing claimed
    assert PRF(fp=2).f1 == 0.0 and PRF(fn=2).f1 == 0.0


@given(st.integers(0, 50), st.integers(0, 50), st.integers(0, 50))
def test_f1_is_harmonic_mean_between_p_and_r(tp: int, fp: int, fn: int) -> None:
    prf = PRF(tp, fp, fn)
    if tp:
        lo, hi = sorted((prf.precision, prf.recall))
        assert lo - 1e-12 <= prf.f1 <= hi + 1e-12
    assert 0.0 <= prf.f1 <= 1.0
    assert (prf + PRF(1, 0, 0)).tp == tp + 1


def test_score_sets_and_accumulate() -> None:
    assert score_sets({"a", "b"}, {"b", "c", "d"}) == PRF(1, 1, 2)
    prf = PRF()
    prf.score_set(["a"], ["a"])
    prf.score_set(["b"], [])
    assert prf == PRF(1, 1, 0)


def test_weighted_and_macro_f1() -> None:
    classes = {"A": PRF(tp=9, fn=1), "B": PRF(tp=0, fp=1, fn=1), "C": PRF(fp=3)}
    f1_a = classes["A"].f1
    assert weighted_f1(classes) == pytest.approx((f1_a * 10 + 0 * 1) / 11)
    assert macro_f1(classes) == pytest.approx(f1_a / 2)  # C has no gold support
    assert weighted_f1({}) == 0.0


def test_scorer_label_counts() -> None:
    scorer = Scorer()
    scorer.label("Battles", "Battles")
    scorer.label("Battles", "Violence against civilians")
    scorer.label(None, "Protests")
    scorer.label("Riots", None)
    assert scorer.classes["Battles"] == PRF(1, 1, 0)
    assert scorer.classes["Violence against civilians"] == PRF(0, 0, 1)
    assert scorer.classes["Protests"] == PRF(0, 0, 1)
    assert scorer.classes["Riots"] == PRF(0, 1, 0)
    assert "weighted_f1" in scorer.to_dict()


# --------------------------------------------------------------------------- MUC-4 helpers


def test_muc_dates() -> None:
    assert muc4.parse_muc_date("30 DEC 89") == (D(1989, 12, 30), D(1989, 12, 30))
    assert muc4.parse_muc_date("DEC 89") == (D(1989, 12, 1), D(1989, 12, 31))
    assert muc4.parse_muc_date("05 MAR", default_year=1990) == (D(1990, 3, 5), D(1990, 3, 5))
    assert muc4.parse_muc_date("05 MAR") is None
    assert muc4.parse_muc_date("-") is None
    assert muc4.parse_date_ranges("17 FEB 90 - 18 FEB 90") == [(D(1990, 2, 17), D(1990, 2, 18))]
    [(lo, hi)] = muc4.parse_date_ranges("- 30 DEC 89")
    assert hi == D(1989, 12, 30) and (hi - lo).days == 30
    alts = muc4.parse_date_ranges("(25 MAY 89 - 26 MAY 89) / (24 MAY 89)")
    assert alts == [(D(1989, 5, 25), D(1989, 5, 26)), (D(1989, 5, 24), D(1989, 5, 24))]
    assert muc4.parse_date_ranges("-") == [] and muc4.parse_date_ranges("*") == []


def test_muc_date_matching() -> None:
    ranges = muc4.parse_date_ranges("- 30 DEC 89")
    assert muc4.date_matches(D(1989, 12, 30), None, ranges)
    assert muc4.date_matches(D(1989, 12, 1), None, ranges)
    assert not muc4.date_matches(D(1989, 10, 1), None, ranges)
    assert not muc4.date_matches(D(1989, 12, 31), None, ranges)
    assert muc4.date_matches(D(1989, 12, 25), D(1990, 1, 3), muc4.parse_date_ranges("02 JAN 90"))
    assert not muc4.date_matches(None, None, ranges)


def test_muc_locations() -> None:
    slot = "EL SALVADOR: CABANAS (DEPARTMENT): ILOBASCO (MUNICIPALITY)"
    assert muc4.location_parts(slot) == ("EL SALVADOR", ["ILOBASCO", "CABANAS"])
    assert muc4.location_parts("COLOMBIA") == ("COLOMBIA", [])
    assert muc4.location_parts("-") == (None, [])
    assert muc4.location_parts("COLOMBIA: URABA (REGION / CITY)") == ("COLOMBIA", ["URABA"])
    assert muc4.location_matches({"name": "Ilobasco", "country": "SV"}, slot)
    assert muc4.location_matches({"name": "Ilobaskó"}, slot)  # accents folded, fuzzy
    assert not muc4.location_matches({"name": "Cabañas", "country": "SV"}, slot)
    assert muc4.location_matches({"name": "Bogota D.C."}, "COLOMBIA: BOGOTA (CITY)")
    assert muc4.location_matches({"name": "x", "country": "CO"}, "COLOMBIA")
    assert not muc4.location_matches({"name": "x", "country": "PE"}, "COLOMBIA")
    assert not muc4.location_matches(None, "COLOMBIA")
    assert muc4.location_matches({"name": "x"}, "-") is None


def test_muc_types() -> None:
    assert muc4.accepted_types({"INCIDENT: TYPE": "BOMBING"}) == ("Explosions/Remote violence",)
    civilian = {"INCIDENT: TYPE": "ATTACK", "HUM TGT: TYPE": ['CIVILIAN: "PEASANT"']}
    assert muc4.accepted_types(civilian) == ("Violence against civilians",)
    military = {"INCIDENT: TYPE": "ATTACK", "HUM TGT: TYPE": 'ACTIVE MILITARY: "SOLDIER"'}
    assert set(muc4.accepted_types(military)) == {"Violence against civilians", "Battles"}
    unknown = {
        "INCIDENT: TYPE": "ATTACK",
        "HUM TGT: TYPE": "-",
        "INCIDENT: INSTRUMENT TYPE": "MORTAR",
    }
    assert "Battles" in muc4.accepted_types(unknown)
    assert "Explosions/Remote violence" in muc4.accepted_types(unknown)
    both = muc4.accepted_types({"INCIDENT: TYPE": "BOMBING / ATTACK"})
    assert both[0] == "Explosions/Remote violence" and "Battles" in both
    assert muc4.accepted_types({"INCIDENT: TYPE": "*"}) == ()


def test_muc_fatalities_and_names() -> None:
    template: dict[str, Any] = {
        "HUM TGT: EFFECT OF INCIDENT": ['DEATH: "JESUITS"', 'INJURY: "GUARD"', 'DEATH: "WOMAN"'],
        "HUM TGT: NUMBER": ['6: "JESUITS"', '1: "GUARD"', '1: "WOMAN"'],
    }
    assert muc4.gold_fatalities(template) == 7
    template["HUM TGT: NUMBER"] = ['PLURAL: "JESUITS"', '1: "GUARD"', '1: "WOMAN"']
    assert muc4.gold_fatalities(template) is None  # a death count not stated
    assert muc4.gold_fatalities({"HUM TGT: EFFECT OF INCIDENT": 'INJURY: "X"'}) == 0
    assert muc4.gold_fatalities({"HUM TGT: EFFECT OF INCIDENT": "-"}) is None
    assert muc4.quoted_strings('"\\"THE EXTRADITABLES\\"" / "THE EXTRADITABLES"') == [
        "THE EXTRADITABLES",
        "THE EXTRADITABLES",
    ]
    assert muc4.fuzzy_name_match("FMLN", "the FMLN guerrillas")
    assert muc4.fuzzy_name_match("Farabundo Marti National Liberation Front", "FARABUNDO MARTÍ")
    assert not muc4.fuzzy_name_match("ARMY", "ARMENIAN FRONT")


def _muc_row(templates: list[dict[str, Any]]) -> dict[str, Any]:
    return {"docid": "T-1", "dateline": {"date": "4 FEB 90"}, "muc_key_templates": templates}


def test_muc_score_doc() -> None:
    template = {
        "INCIDENT: TYPE": "BOMBING",
        "INCIDENT: DATE": "- 04 FEB 90",
        "INCIDENT: LOCATION": "PERU: LIMA (CITY)",
        "PERP: ORGANIZATION ID": '"SHINING PATH"',
        "HUM TGT: EFFECT OF INCIDENT": 'DEATH: "POLICEMEN"',
        "HUM TGT: NUMBER": '2: "POLICEMEN"',
    }
    event = {
        "event_type": "Explosions/Remote violence",
        "date": "1990-02-03",
        "location": {"name": "Lima", "country": "PE"},
        "actor1": {"name": "Communist Party of Peru"},
        "fatalities": {"best": 3},
    }
    output = {
        "events": [event],
        "actors": [{"name": "Communist Party of Peru", "mentions": [{"text": "SHINING PATH"}]}],
    }
    scorer = Scorer()
    record = muc4.score_doc(_muc_row([template]), output, scorer)
    assert record["wrong"] == ["fatalities"]
    for name in ("detection", "type", "date", "location", "country", "perpetrator"):
        assert scorer.fields[name] == PRF(1, 0, 0), name
    assert scorer.fields["fatalities"] == PRF(0, 1, 1)
    # a relevant document without events misses every gold value; an irrelevant one with events
    # is one detection false positive and nothing else
    muc4.score_doc(_muc_row([template]), {"events": []}, scorer)
    muc4.score_doc(_muc_row([]), output, scorer)
    assert scorer.fields["detection"] == PRF(1, 1, 1)
    assert scorer.fields["date"] == PRF(1, 0, 1)
    assert scorer.accuracy["date"].total == 1


# --------------------------------------------------------------------------- WikiEvents


def test_kairos_mapping() -> None:
    assert wikievents.acled_types_for("Conflict.Attack.DetonateExplode") == (
        "Explosions/Remote violence",
    )
    assert "Battles" in wikievents.acled_types_for("Conflict.Attack.Unspecified")
    assert wikievents.acled_types_for("Conflict.Demonstrate.DemonstrateWithViolence")[0] == "Riots"
    assert wikievents.acled_types_for("Conflict.Demonstrate.Unspecified") == ("Protests",)
    assert wikievents.acled_types_for("Justice.ArrestJailDetain.Unspecified") == (
        "Strategic developments",
    )
    assert wikievents.acled_types_for("Life.Die.Unspecified") == ()
    assert wikievents.acled_types_for("Conflict.AttackX") == ()


def test_resolve_slots() -> None:
    violent = wikievents.acled_types_for("Conflict.Attack.Unspecified")
    explode = ("Explosions/Remote violence",)
    assert wikievents.resolve_slots([violent], {"Violence against civilians"}) == {
        "Violence against civilians"
    }
    assert wikievents.resolve_slots([violent, explode], set()) == {violent[0], explode[0]}


def _wiki_row() -> dict[str, Any]:
    # two sentences two characters apart in the original; tokens offset into the original
    s1 = [["Bomb", 0, 4], ["kills", 5, 10], ["three", 11, 16]]
    s2 = [["Police", 18, 24], ["arrested", 25, 33], ["two", 34, 37]]
    mention = {"sent_idx": 0}
    return {
        "doc_id": "w1",
        "text": "Bomb kills threePolice arrested two",
        "sentences": [[s1, "Bomb kills three"], [s2, "Police arrested two"]],
        "event_mentions": [
            {
                "event_type": "Conflict.Attack.DetonateExplode",
                "trigger": {"start": 0, "end": 1, "text": "Bomb", **mention},
            },
            {
                "event_type": "Life.Die.Unspecified",
                "trigger": {"start": 1, "end": 2, "text": "kills", **mention},
            },
            {
                "event_type": "Justice.ArrestJailDetain.Unspecified",
                "trigger": {"start": 4, "end": 5, "text": "arrested", "sent_idx": 1},
            },
            {"event_type": "Contact.Contact.Broadcast", "trigger": {"start": 3, "end": 4}},
        ],
    }


def test_document_text_restores_sentence_breaks() -> None:
    text, spans = wikievents.document_text(_wiki_row())
    assert text == "Bomb kills three\n Police arrested two"
    assert [text[s:e] for s, e in spans] == ["Bomb", "kills", "three", "Police", "arrested", "two"]


def test_wiki_score_doc() -> None:
    row = _wiki_row()
    _, spans = wikievents.document_text(row)
    event = {
        "event_type": "Explosions/Remote violence",
        "evidence": [
            {"field": "sub_event_type", "start": 0, "end": 4},
            {"field": "fatalities", "start": 11, "end": 16},
            {"field": "sentence", "start": 17, "end": 37},
        ],
    }
    scorer = Scorer()
    record = wikievents.score_doc(row, {"events": [event]}, spans, scorer)
    assert record["missing_types"] == ["Strategic developments"]
    assert scorer.fields["event_types"] == PRF(1, 0, 1)
    assert scorer.accuracy["trigger_event"].correct == 1  # the arrest only has sentence evidence
    assert scorer.accuracy["trigger_event"].total == 2
    assert scorer.accuracy["trigger_death"].correct == 1  # toll number in the 'kills' sentence
    assert scorer.accuracy["trigger_recall"].total == 3


# --------------------------------------------------------------------------- pages


def test_page_requirements_and_failures() -> None:
    expected = {
        "report": {"title": "t", "related_must": [{}, {}]},
        "actors": {"Islamic State": {"inter": 2}},
        "events_must": [{}, {}],
        "must_not_checks": [{"kind": "max_events", "n": 1}],
    }
    names = pages.requirements(expected)
    assert names == [
        "report.title",
        "report.related_must[0]",
        "report.related_must[1]",
        "actors[Islamic State]",
        "events_must[0]",
        "events_must[1]",
        "must_not_checks[0]",
    ]
    failures = [
        Failure("events_must[1].date", "x"),
        Failure("events_must[1].type", "y"),
        Failure("actors[Islamic State].inter", "z"),
    ]
    assert pages.requirement_of(failures[0], names) == "events_must[1]"
    scored = pages.score_page("p", expected, failures)
    assert (scored["requirements"], scored["met"]) == (7, 5)
    assert scored["groups"]["events_must"] == {"total": 2, "met": 1}
    broken = pages.score_page("p", expected, [Failure("output", "extraction failed")])
    assert broken["met"] == 0
    summary = pages.summarise([scored, broken])
    assert summary["share_met"] == pytest.approx(5 / 14, abs=1e-4)
    assert summary["pages_all_met"] == 0
