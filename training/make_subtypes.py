"""Write training/subtypes.jsonl from the hand-written sentence templates in templates.txt.

Every template was written for this project (no third-party text), from ACLED's public codebook
definitions. Each template is filled a few times with a region-consistent setting (places, state
forces, armed groups, police) so that the model learns the event, not a country; each row keeps
its template id as ``group`` so that the held-out split in scripts/train_subtypes.py never puts
fills of one template on both sides. Run: ``.venv/bin/python training/make_subtypes.py``.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

__all__ = ["SETTINGS", "TEMPLATES", "build_rows", "load_templates", "main"]

SEED = 20240503
OUT = Path(__file__).with_name("subtypes.jsonl")

# country, places, state forces, non-state armed groups, militias, police
SETTINGS: list[dict[str, list[str] | str]] = [
    dict(country="Syria", place=["Marea", "Idlib", "Aleppo", "Deir ez-Zor", "Raqqa", "Daraa", "Homs", "Manbij"],
         army=["Syrian government forces", "regime troops", "the Syrian army", "pro-Assad forces"],
         rebels=["Islamic State fighters", "Hayat Tahrir al-Sham militants", "Free Syrian Army rebels", "opposition fighters"],
         militia=["National Defence Forces militiamen", "tribal fighters"], police=["Syrian police", "regime security agents"]),
    dict(country="Iraq", place=["Mosul", "Kirkuk", "Fallujah", "Ramadi", "Tikrit", "Baiji", "Samarra", "Tal Afar"],
         army=["Iraqi security forces", "Iraqi troops", "the Iraqi army", "counter-terrorism forces"],
         rebels=["Islamic State militants", "ISIS fighters", "IS insurgents", "jihadists"],
         militia=["Popular Mobilisation Forces fighters", "Shiite militiamen"], police=["Iraqi police", "federal police"]),
    dict(country="Yemen", place=["Taiz", "Hodeidah", "Marib", "Aden", "Sanaa", "Saada", "Al Bayda", "Lahj"],
         army=["pro-government forces", "Yemeni troops", "government soldiers"],
         rebels=["Houthi rebels", "AQAP militants", "Ansar Allah fighters"],
         militia=["Southern Transitional Council fighters", "Security Belt forces"], police=["Yemeni police", "Houthi security forces"]),
    dict(country="Afghanistan", place=["Kunduz", "Lashkar Gah", "Ghazni", "Kandahar", "Jalalabad", "Herat", "Maidan Wardak", "Faryab"],
         army=["Afghan security forces", "Afghan National Army soldiers", "Afghan commandos"],
         rebels=["Taliban fighters", "Taliban insurgents", "Islamic State Khorasan militants"],
         militia=["pro-government militiamen", "Arbaki militia members"], police=["Afghan police", "local police"]),
    dict(country="Somalia", place=["Mogadishu", "Kismayo", "Baidoa", "Beledweyne", "Afgoye", "Marka", "Jowhar", "Bulo Burde"],
         army=["Somali National Army troops", "AMISOM soldiers", "Somali government forces"],
         rebels=["al-Shabaab militants", "al-Shabaab fighters", "Islamist insurgents"],
         militia=["clan militiamen", "Macawisley militia fighters"], police=["Somali police", "NISA agents"]),
    dict(country="Nigeria", place=["Maiduguri", "Bama", "Gwoza", "Gusau", "Kaduna", "Damaturu", "Konduga", "Monguno"],
         army=["Nigerian troops", "the Nigerian army", "soldiers of Operation Hadin Kai"],
         rebels=["Boko Haram insurgents", "ISWAP fighters", "armed bandits"],
         militia=["Civilian JTF vigilantes", "local hunters"], police=["Nigerian police", "DSS operatives"]),
    dict(country="Mali", place=["Gao", "Timbuktu", "Mopti", "Menaka", "Kidal", "Segou", "Djenne", "Boni"],
         army=["Malian soldiers", "the Malian armed forces", "FAMa troops"],
         rebels=["JNIM militants", "Islamic State Sahel fighters", "jihadist gunmen"],
         militia=["Dan Na Ambassagou militiamen", "Dozo hunters"], police=["Malian gendarmes", "Malian police"]),
    dict(country="Burkina Faso", place=["Djibo", "Ouahigouya", "Kaya", "Dori", "Fada N'Gourma", "Arbinda", "Solenzo", "Tougan"],
         army=["Burkinabe soldiers", "the Burkina Faso army"],
         rebels=["jihadist militants", "Ansarul Islam fighters", "JNIM gunmen"],
         militia=["VDP volunteers", "Koglweogo militiamen"], police=["Burkinabe gendarmes", "Burkinabe police"]),
    dict(country="DR Congo", place=["Beni", "Goma", "Bunia", "Rutshuru", "Butembo", "Uvira", "Djugu", "Masisi"],
         army=["FARDC soldiers", "Congolese troops", "the Congolese army"],
         rebels=["ADF rebels", "M23 rebels", "CODECO militants"],
         militia=["Mai-Mai militiamen", "Wazalendo fighters"], police=["Congolese police", "PNC officers"]),
    dict(country="Sudan", place=["Khartoum", "El Fasher", "Nyala", "Omdurman", "El Geneina", "Kadugli", "Wad Madani", "Zalingei"],
         army=["the Sudanese army", "Sudanese Armed Forces troops"],
         rebels=["Rapid Support Forces fighters", "RSF paramilitaries", "SPLM-N rebels"],
         militia=["Arab tribal militiamen", "Janjaweed militiamen"], police=["Sudanese police", "riot police in Sudan"]),
    dict(country="Ethiopia", place=["Mekelle", "Gondar", "Bahir Dar", "Dessie", "Shire", "Nekemte", "Kobo", "Lalibela"],
         army=["Ethiopian federal troops", "ENDF soldiers", "the Ethiopian army"],
         rebels=["TPLF fighters", "Fano militiamen", "Oromo Liberation Army rebels"],
         militia=["Amhara special forces", "Afar militiamen"], police=["Ethiopian federal police", "regional police"]),
    dict(country="Myanmar", place=["Sagaing", "Lashio", "Myawaddy", "Hpakant", "Mandalay", "Loikaw", "Kalay", "Mindat"],
         army=["junta troops", "the Myanmar military", "Tatmadaw soldiers"],
         rebels=["People's Defence Force fighters", "Arakan Army rebels", "KIA fighters"],
         militia=["Pyu Saw Htee militiamen", "pro-junta militia members"], police=["Myanmar police", "junta police"]),
    dict(country="Ukraine", place=["Bakhmut", "Avdiivka", "Kharkiv", "Kherson", "Zaporizhzhia", "Kramatorsk", "Kupiansk", "Pokrovsk"],
         army=["Ukrainian forces", "Ukrainian troops", "the Ukrainian army"],
         rebels=["Russian forces", "Russian troops", "Wagner mercenaries"],
         militia=["separatist militiamen", "volunteer battalion fighters"], police=["Ukrainian police", "national police"]),
    dict(country="Colombia", place=["Cauca", "Arauca", "Catatumbo", "Tumaco", "Buenaventura", "Ituango", "Tibu", "Argelia"],
         army=["Colombian army troops", "Colombian soldiers", "the Colombian military"],
         rebels=["ELN guerrillas", "FARC dissidents", "Clan del Golfo members"],
         militia=["paramilitary gunmen", "Gaitanista fighters"], police=["Colombian police", "ESMAD riot police"]),
    dict(country="Mexico", place=["Culiacan", "Reynosa", "Zamora", "Tijuana", "Chilapa", "Uruapan", "Fresnillo", "Celaya"],
         army=["Mexican soldiers", "National Guard troops", "Mexican marines"],
         rebels=["Sinaloa Cartel gunmen", "CJNG cartel members", "cartel hitmen"],
         militia=["community self-defence groups", "autodefensa members"], police=["Mexican police", "state police"]),
    dict(country="the Philippines", place=["Marawi", "Jolo", "Maguindanao", "Basilan", "Cotabato", "Sulu", "Lanao del Sur", "Samar"],
         army=["Philippine Army troops", "government soldiers", "Philippine marines"],
         rebels=["Abu Sayyaf militants", "NPA rebels", "BIFF fighters"],
         militia=["CAFGU militiamen", "MILF fighters"], police=["Philippine police", "PNP officers"]),
    dict(country="Pakistan", place=["Peshawar", "Quetta", "Miranshah", "Bannu", "Karachi", "Dera Ismail Khan", "Khyber", "Turbat"],
         army=["Pakistani security forces", "Pakistani troops", "Frontier Corps soldiers"],
         rebels=["TTP militants", "BLA insurgents", "Pakistani Taliban fighters"],
         militia=["peace committee members", "tribal lashkar fighters"], police=["Pakistani police", "Counter Terrorism Department officers"]),
    dict(country="India", place=["Srinagar", "Imphal", "Bijapur", "Sukma", "Kupwara", "Churachandpur", "Dantewada", "Pulwama"],
         army=["Indian security forces", "CRPF personnel", "Indian army soldiers"],
         rebels=["Maoist rebels", "militants", "Hizbul Mujahideen militants"],
         militia=["Meitei militiamen", "Kuki armed volunteers"], police=["Indian police", "state police"]),
    dict(country="Kenya", place=["Lamu", "Mandera", "Garissa", "Kibera", "Kisumu", "Marsabit", "Wajir", "Baringo"],
         army=["Kenya Defence Forces soldiers", "Kenyan troops"],
         rebels=["al-Shabaab militants", "suspected al-Shabaab fighters", "armed cattle raiders"],
         militia=["Pokot raiders", "clan militiamen"], police=["Kenyan police", "anti-riot police"]),
    dict(country="Libya", place=["Tripoli", "Benghazi", "Sirte", "Misrata", "Derna", "Gharyan", "Sabha", "Zawiya"],
         army=["GNA forces", "Government of National Accord troops"],
         rebels=["LNA forces", "Haftar's forces", "Islamic State militants"],
         militia=["Tripoli militias", "Misrata brigades"], police=["Libyan police", "interior ministry forces"]),
]  # fmt: skip

DATES_START = [
    "On 3 March 2019,", "On 14 July 2021,", "On 27 November 2016,", "On 9 January 2023,",
    "On Tuesday,", "On Sunday,", "Late on Friday,", "On Monday night,", "Early on Wednesday,",
    "Yesterday,", "On 21 May 2018,", "On the night of 5 August 2020,", "Around 22 October 2017,",
]  # fmt: skip
DATES_MID = [
    "on Tuesday", "on Sunday", "on Friday night", "yesterday", "overnight", "on Monday",
    "on 3 March 2019", "on 12 June 2022", "early on Thursday", "on Saturday morning", "last night",
]  # fmt: skip
PEOPLE = [
    "students", "teachers", "farmers", "traders", "women", "residents", "opposition supporters",
    "lawyers", "workers", "health workers", "displaced people", "youths", "taxi drivers",
]  # fmt: skip
SOURCES = [
    "a local official said", "police said", "witnesses said", "residents told Reuters",
    "AFP reported", "local media reported", "a security source said", "the army said",
    "according to a monitoring group", "a hospital official said",
]  # fmt: skip

TEMPLATE_FILE = Path(__file__).with_name("templates.txt")


def load_templates(path: Path = TEMPLATE_FILE) -> dict[str, list[str]]:
    """Read ``## Label`` sections of one template per line; ``#`` lines are comments."""
    out: dict[str, list[str]] = {}
    label = ""
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line.startswith("## "):
            label = line[3:].strip()
            out.setdefault(label, [])
        elif line and not line.startswith("#"):
            out[label].append(line)
    return out


TEMPLATES = load_templates()


def _fill(tpl: str, rng: random.Random) -> str:
    s = rng.choice(SETTINGS)
    places = list(s["place"])
    rng.shuffle(places)
    rebels = list(s["rebels"])
    rng.shuffle(rebels)
    values = {
        "place": places[0],
        "place2": places[1],
        "country": s["country"],
        "army": rng.choice(s["army"]),
        "rebels": rebels[0],
        "rebels2": rebels[1],
        "militia": rng.choice(s["militia"]),
        "police": rng.choice(s["police"]),
        "Date": rng.choice(DATES_START),
        "date": rng.choice(DATES_MID),
        "people": rng.choice(PEOPLE),
        "src": rng.choice(SOURCES),
        "n": str(rng.randint(2, 14)),
        "N": str(rng.choice([17, 23, 30, 41, 56, 75, 120, 200, 300, 500, 1000, 2000])),
    }
    text = tpl.format(**values)
    return text[0].upper() + text[1:]


def build_rows(fills: int = 3, none_fills: int = 3) -> list[dict[str, str]]:
    """Fill every template ``fills`` times; upper-case some rows like old wire copy."""
    rng = random.Random(SEED)
    rows: list[dict[str, str]] = []
    seen: set[str] = set()
    for label, tpls in TEMPLATES.items():
        k = none_fills if label == "NONE" else fills
        for i, tpl in enumerate(tpls):
            for _ in range(k):
                text = _fill(tpl, rng)
                if rng.random() < 0.08:
                    text = text.upper()
                if text in seen:
                    continue
                seen.add(text)
                rows.append({"text": text, "label": label, "group": f"{label}#{i}"})
    return rows


def main() -> None:
    rows = build_rows()
    with OUT.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows to {OUT}")


if __name__ == "__main__":
    main()
