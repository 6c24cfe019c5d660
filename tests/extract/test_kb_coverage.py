"""Coverage of the curated actor knowledge base: names the press uses resolve to the right entry
and ACLED inter code, and community, region and ordinary words are not taken for armed groups."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.extract.kb import KnowledgeBase, load_kb


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_kb()


# (sentence, the alias as written, canonical entry, inter code, ISO2 country of the entry)
RESOLVES = [
    (
        "UPC fighters raided Bambouti.",
        "UPC fighters",
        "Union for Peace in the Central African Republic",
        2,
        "CF",
    ),
    ("The 3R group attacked herders.", "3R", "3R", 2, "CF"),
    ("CPC rebels ambushed a convoy.", "CPC rebels", "Coalition of Patriots for Change", 2, "CF"),
    ("Imbonerakure militiamen beat a man.", "Imbonerakure militiamen", "Imbonerakure", 3, "BI"),
    ("Jemaah Islamiyah plotted attacks.", "Jemaah Islamiyah", "Jemaah Islamiyah", 2, "ID"),
    ("Densus 88 arrested three suspects.", "Densus 88", "Police Forces of Indonesia", 1, "ID"),
    ("The TNI deployed troops to Papua.", "TNI", "Military Forces of Indonesia", 1, "ID"),
    ("Gran Grif gang members torched homes.", "Gran Grif gang members", "Gran Grif", 3, "HT"),
    ("Viv Ansanm attacked Mirebalais.", "Viv Ansanm", "Viv Ansanm", 3, "HT"),
    ("The G9 coalition clashed with police.", "G9", "G9 an Fanmi e Alye", 3, "HT"),
    ("400 Mawozo kidnapped missionaries.", "400 Mawozo", "400 Mawozo", 3, "HT"),
    ("The PNH repelled the attack.", "PNH", "Police Forces of Haiti", 1, "HT"),
    (
        "Haitian National Police officers fled.",
        "Haitian National Police",
        "Police Forces of Haiti",
        1,
        "HT",
    ),
    ("The PCC controls the prisons.", "PCC", "Primeiro Comando da Capital", 3, "BR"),
    ("Comando Vermelho gunmen fired.", "Comando Vermelho", "Comando Vermelho", 3, "BR"),
    ("The Policia Militar raided a favela.", "Policia Militar", "Police Forces of Brazil", 1, "BR"),
    ("Barrio 18 members were jailed.", "Barrio 18", "Barrio 18", 3, None),
    ("MS-13 extorted bus drivers.", "MS-13", "Mara Salvatrucha", 3, None),
    ("Tren de Aragua recruited migrants.", "Tren de Aragua", "Tren de Aragua", 3, "VE"),
    ("Los Choneros leaders escaped.", "Los Choneros", "Los Choneros", 3, "EC"),
    ("Los Lobos gang fought rivals.", "Los Lobos gang", "Los Lobos", 3, "EC"),
    ("The Gulf Cartel lost a plaza.", "Gulf Cartel", "Gulf Cartel", 3, "MX"),
    (
        "La Familia Michoacana ambushed police.",
        "La Familia Michoacana",
        "La Familia Michoacana",
        3,
        "MX",
    ),
    ("Black Axe cultists killed two.", "Black Axe cultists", "Black Axe", 3, "NG"),
    ("Eiye members clashed with rivals.", "Eiye", "Eiye Confraternity", 3, "NG"),
    ("Kano Hisbah arrested 20 people.", "Kano Hisbah", "Hisbah Corps", 1, "NG"),
    ("The White Army mobilised in Nasir.", "White Army", "White Army", 4, "SS"),
    ("Nuer White Army fighters overran the base.", "Nuer White Army", "White Army", 4, "SS"),
    ("NAS fighters attacked Yei.", "NAS fighters", "National Salvation Front", 2, "SS"),
    ("Murle armed youth abducted children.", "Murle armed youth", "Murle militia", 4, "SS"),
    (
        "Misseriya tribesmen clashed with Rizeigat.",
        "Misseriya tribesmen",
        "Sudanese Arab militias",
        4,
        "SD",
    ),
    (
        "Amhara Special Forces entered the town.",
        "Amhara Special Forces",
        "Police Forces of Ethiopia",
        1,
        "ET",
    ),
    ("EDF troops looted Adwa.", "EDF", "Military Forces of Eritrea", 1, "ER"),
    ("Pokot raiders stole cattle.", "Pokot raiders", "Kenyan pastoralist militias", 4, "KE"),
    ("PTM supporters marched in Bannu.", "PTM supporters", "Pashtun Tahafuz Movement", 6, "PK"),
    (
        "Pakistan Rangers raided a hideout.",
        "Pakistan Rangers",
        "Military Forces of Pakistan",
        1,
        "PK",
    ),
    ("Arambai Tenggol torched houses.", "Arambai Tenggol", "Meitei militias", 4, "IN"),
    ("Kuki militants fired at a village.", "Kuki militants", "Kuki militants", 4, "IN"),
    ("The RCSS fought the TNLA.", "RCSS", "Restoration Council of Shan State", 2, "MM"),
    ("The UWSA mobilised troops.", "UWSA", "United Wa State Army", 2, "MM"),
    ("MNLF fighters surrendered.", "MNLF fighters", "Moro National Liberation Front", 2, "PH"),
    ("SANDF soldiers patrolled the border.", "SANDF", "Military Forces of South Africa", 1, "ZA"),
    ("The SAMIDRC withdrew from Goma.", "SAMIDRC", "SADC Mission", 8, None),
    (
        "Dyck Advisory Group helicopters fired.",
        "Dyck Advisory Group",
        "Private military contractors",
        8,
        None,
    ),
    (
        "The MSS mission reinforced Port-au-Prince.",
        "MSS mission",
        "Multinational Security Support Mission",
        8,
        "HT",
    ),
    (
        "Jaysh al-Sanadid fighters joined the SDF.",
        "Jaysh al-Sanadid",
        "Syrian Democratic Forces",
        2,
        "SY",
    ),
    ("Lions' Den gunmen opened fire.", "Lions' Den", "Palestinian armed factions", 2, "PS"),
    ("The Giants Brigades advanced.", "Giants Brigades", "Yemeni Giants Brigades", 3, "YE"),
    ("Nujaba claimed the drone attack.", "Nujaba", "Harakat Hezbollah al-Nujaba", 3, "IQ"),
    ("Government of Nepal forces", "Government of Nepal", "Military Forces of Nepal", 1, "NP"),
    ("The EPP kidnapped a rancher.", "EPP", "Ejército del Pueblo Paraguayo", 2, "PY"),
    ("Mungiki members hacked a man.", "Mungiki members", "Mungiki", 3, "KE"),
    ("Carabineros dispersed the march.", "Carabineros", "Police Forces of Chile", 1, "CL"),
]


@pytest.mark.parametrize(("sentence", "span", "name", "inter", "country"), RESOLVES)
def test_press_names_resolve_to_their_entry_and_inter_code(
    kb: KnowledgeBase, sentence: str, span: str, name: str, inter: int, country: str | None
) -> None:
    hits = [m for m in kb.find_actors(sentence, upper=False) if span in m.text]
    assert hits, f"{span!r} not found in {sentence!r}"
    entry = hits[0].entry
    assert (entry.name, entry.inter, entry.country) == (name, inter, country)


def test_ucdp_side_names_resolve_by_lookup(kb: KnowledgeBase) -> None:
    """UCDP names as the dataset writes them, looked up as whole names."""
    expect = {
        "Black Axe": 3,
        "Eyie": 3,
        "ARS/UIC": 2,
        "Euphrates Vulcano": 2,
        "Government of Indonesia": 1,
        "Government of eSwatini (Swaziland)": 1,
        "Government of Ivory Coast": 1,
        "Kamuina Nsapu": 3,
        "MNLF - NM": 2,
        "Comités locaux de vigilance": 3,
        "Cartel Independiente de Colima": 3,
        "Gulf Cartel - Los Metros faction": 3,
    }
    got = {}
    for name in expect:
        entry = kb.actor(name)
        assert entry is not None, name
        got[name] = entry.inter
    assert got == expect


def test_a_split_group_keeps_its_own_name(kb: KnowledgeBase) -> None:
    """Groups once folded into a neighbour's entry now resolve to their own."""
    (m,) = kb.find_actors("Barrio 18 and MS-13 agreed a truce.", upper=False)[:1]
    assert m.entry.name == "Barrio 18"
    names = [m.entry.name for m in kb.find_actors("MILF and MNLF leaders met.", upper=False)]
    assert names == ["Moro Islamic Liberation Front", "Moro National Liberation Front"]
    names = [m.entry.name for m in kb.find_actors("SPLA-IO and White Army fighters", upper=False)]
    assert names == ["SPLM/A-IO", "White Army"]


def test_ambiguous_abbreviation_lists_both_groups(kb: KnowledgeBase) -> None:
    """'UPC' names a CAR rebel group and an Ituri militia: the caller is told to look at context."""
    (m,) = kb.find_actors("The UPC claimed the attack.", upper=False)
    assert m.ambiguous
    assert {c.country for c in m.candidates} == {"CF", "CD"}


# Sentences whose people, region or ordinary words must not become an armed actor.
NOT_ACTORS = [
    "Leaders of the Fulani community met the governor.",
    "Fighting spread across the Amhara region.",
    "The Tiv people celebrated the new yam festival.",
    "Oromo farmers harvested coffee.",
    "A Nuer elder spoke to reporters.",
    "Hausa traders reopened the market.",
    "Jukun and Birom chiefs signed a peace deal.",
    "The Degodia and Garre clans held talks.",
    "The Rangers beat Celtic on Saturday.",
    "The agency AFP reported the story.",
    "Swiss gendarmes directed traffic.",
    "He plays for the Tampa Bay Buccaneers.",
    "Norse Vikings raided the coast in the ninth century.",
    "The Knights Templar built castles.",
    "He read the MIT report on the ISS.",
    "She wrote a paper on the black-axe myth.",
]


@pytest.mark.parametrize("sentence", NOT_ACTORS)
def test_community_and_place_names_are_not_armed_actors(kb: KnowledgeBase, sentence: str) -> None:
    found = [
        (m.text, m.entry.name)
        for m in kb.find_actors(sentence, upper=False)
        if m.entry.inter in (1, 2, 3, 4, 8)
    ]
    assert found == []


_WORDS = st.sampled_from(
    [
        "the",
        "Fulani",
        "Amhara",
        "Tiv",
        "Oromo",
        "Nuer",
        "Hausa",
        "community",
        "region",
        "elders",
        "people",
        "market",
        "farmers",
        "village",
        "region's",
        "leaders",
        "and",
        "of",
    ]
)


@settings(max_examples=80, deadline=None)
@given(st.lists(_WORDS, min_size=1, max_size=12))
def test_bare_people_names_never_match_whatever_surrounds_them(
    kb: KnowledgeBase, words: list[str]
) -> None:
    """No alias is a bare people or region name, so prose made only of them names no actor."""
    text = " ".join(words) + "."
    assert [m.text for m in kb.find_actors(text, upper=False) if m.entry.inter != 7] == []


def test_every_entry_has_a_source_note_and_new_state_forces_a_country(kb: KnowledgeBase) -> None:
    assert all(e.source.strip() for e in kb.actors)
    assert all(
        e.country
        for e in kb.actors
        if e.name.startswith(("Military Forces of", "Police Forces of"))
    )
