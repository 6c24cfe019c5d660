"""Sub-types adjusted to who did what to whom (ACLED's definitions), once a candidate's actors,
tolls and victims are known: a killing of fighters is a battle, an attack on a crowd by the
police is excessive force against protesters, a town entered after its defenders left is a
handover. Split from :mod:`.events`, which finds and builds the candidates."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .classify import SUBTYPE_TO_TYPE as SUB_TO_TYPE
from .crowds import CROWD_DOER, CROWD_WORDS
from .lexicon import CIVILIAN_NOUNS, TRIGGERS

if TYPE_CHECKING:
    from .events import Candidate

__all__ = ["refine_type", "retype_merged"]

#: the two sub-types of a town changing hands by force (also used by :mod:`.events`)
TERRITORY = frozenset(["Non-state actor overtakes territory", "Government regains territory"])
_NO_FIGHT = re.compile(
    r"\bwithout (?:meeting |encountering |facing )?(?:a |any )?(?:fight|resistance|a shot|"
    r"firing a shot|bloodshed)\b|\bunopposed\b|"
    r"\b(?:after|as) (?:[\w'-]+ ){0,8}(?:withdrew|pulled out|retreated|handed over|withdrawal|"
    r"pull-?out|withdrawing)\b|\bhad (?:already )?(?:withdrawn|pulled out)\b|"
    # "after the SDF invited Damascus in": let in by the side that held it
    r"\binvited (?:[\w'-]+ ){1,3}in\b|\bat the invitation of\b|"
    r"\bno reports? of (?:fighting|clashes|resistance)\b",
    re.I,
)
_TOOK_CONTROL = re.compile(r"took (?:full |total |complete )?control", re.I)
_LEFT_AS = re.compile(r"(?:after|as)\b", re.I)
_NO_FIGHTING = re.compile(r"\bno (?:clash(?:es)?|fighting|battles?)\b[^.;]*", re.I)
_FIGHTING = re.compile(
    r"\b(?:fighting|clash(?:es|ed)?|battles?|firefights?|heavy fire|shelling|killed|"
    # a withdrawal forced by the other side is a town taken, not handed over ("which had
    # withdrawn after a week of regime advances", "had withdrawn under pressure from JNIM")
    r"air ?strikes?|offensive|advances?|assaults?|bombardment|under (?:military )?pressure)\b",
    re.I,
)
# "withdrew without fighting ahead of the HTS-led offensive": the rest of the sentence is no fight
_WITHOUT_FIGHTING = re.compile(
    r"\b(?:without|no)\s+(?:any\s+)?(?:fighting|fight|clash(?:es)?|battles?|resistance)\b[^.;]*",
    re.I,
)
_MILITARY_POST = re.compile(
    r"^\s+(?:a|an|the|their|its)\s+(?:[\w-]+\s+){0,2}?(?:base|barracks|outpost|post|camp|"
    r"checkpoint|position|garrison)s?\b",
    re.I,
)


_ON_CROWD = re.compile(
    r"\b(?:break(?:ing)? up|broke up|disperse[ds]?|dispersing|crack(?:ed)? down on|"
    r"open(?:ed)? fire on|fired (?:live (?:rounds|ammunition) )?(?:on|at|into))\s+(?:the\s+|a\s+)?"
    r"(?:[\w'’-]+\s+){0,3}?(?:protest\w*|demonstrat\w*|march\w*|rall(?:y|ies)|crowds?|"
    r"mourners|sit-ins?)\b|"
    # "shot dead by police as residents marched to protest", "killed during a protest"
    r"\b(?:as|while|when)\s+(?:[\w'’-]+\s+){0,3}?(?:marched|protested|demonstrated|rallied)\b|"
    r"\b(?:during|at)\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,2}?(?:protest|demonstration|march|rally)\b|"
    r"\bwho\s+(?:had\s+)?(?:gathered|blocked|marched|taken\s+to\s+the\s+streets)\b[^.;]{0,80}?"
    r"\bto\s+protest\b",
    re.I,
)
_ON_CIVILIAN_PLACES = re.compile(
    r"\b(?:(?:attack(?:s|ed|ing)?|raid(?:s|ed)?)\s+on\s+(?:[\w-]+\s+){0,5}?|"
    # "Gunmen attacked a village near Kidal", "stormed a wedding party": the place as object
    r"(?:attacked|raided|stormed)\s+(?:an?|the|two|three|several)\s+(?:[\w-]+\s+){0,3}?)"
    r"(?:villages?|communit(?:y|ies)|homes?|houses|markets?|"
    r"churche?s?|mosques?|schools?|hospitals?|camps? for|displacement camps?|IDP|civilians|"
    r"residents|farmers|worshippers|passengers|bus(?:es)?|wedding|funeral|mining sites?|"
    r"gold mines?)\b",
    re.I,
)
_RAPE = re.compile(r"\brap(?:ed|e|es|ing)\b|\bsexual(?:ly)? (?:assault|abuse|violence)", re.I)
_STILL_MISSING = re.compile(
    r"\b(?:remain(?:ed|s)?|are|were|went|still) missing\b|\bunaccounted for\b", re.I
)
_BASE_SET = re.compile(
    r"\b(?:set up|established)\s+(?:\w+\s+){0,3}?(?:base|camp|outpost|post|headquarters|"
    r"observation (?:point|post))\b",
    re.I,
)


_MILITARY_TARGET = re.compile(
    r"^\s+(?:\w+\s+){0,8}?(?:military|army|air|naval)?\s*(?:base|barracks|outpost|garrison|"
    r"checkpoint|airbase|air base|camp)s?\b",
    re.I,
)
# "stormed a cafe", "attacked a university campus": a place where civilians gather
_CIVILIAN_SITE = re.compile(
    r"\b(?:stormed|attacked|raided)\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,3}?(?:cafes?|café|restaurants?|hotels?|schools?|"
    r"university|universities|college|campus|mosques?|church(?:es)?|cathedral|temple|markets?|"
    r"mall|shopping (?:centre|center|mall)|theatre|theater|concert hall|wedding|funeral)\b",
    re.I,
)
_FIRE_ON_PEOPLE = re.compile(
    r"\bopen(?:ed|ing)? fire on (?:the\s+)?(?:residents|villagers|civilians|worshippers|"
    r"passengers|people|farmers|families|crowds?)\b|\bshot dead\b|\bshooting (?:residents|"
    r"villagers|civilians|people)\b",
    re.I,
)
_LET_BE = re.compile(
    r"\b(?:did\s+not|didn't|did\s+n't|never|without|not)\s+(?:\w+\s+)?(?:intervene|interfere|"
    r"act|stop\s+them|disperse)\b|\b(?:police|officers|security\s+forces)\s+(?:\w+\s+)?"
    r"(?:watched|looked\s+on|stood\s+by|stood\s+guard|diverted\s+traffic|escorted|kept\s+watch)\b|"
    # "marched under heavy police presence; the march ended without incident"
    r"\bunder\s+(?:a\s+)?(?:heavy\s+|strong\s+|tight\s+)?(?:police|security)\s+presence\b",
    re.I,
)
_GUNFIRE = re.compile(r"open(?:ed|ing)? fire|fired|shot at|shooting|firing", re.I)
_GUNFIRE_TARGET = re.compile(
    r"^\s*(?:\w+\s+){0,3}?(?:on|at|upon|into|inside)\s+(?:[\w'’-]+\s*){1,4}", re.I
)
_CIVILIAN_TARGET = re.compile(
    r"\b(?:"
    + "|".join(sorted((n for n in CIVILIAN_NOUNS if " " not in n), key=len, reverse=True))
    + r"|people|crowds?|customers|diners|commuters|churchgoers|congregation|"
    r"(?:wedding|funeral|party) ?(?:guests|goers|procession))\b",
    re.I,
)
_ARMED_TARGET = re.compile(
    r"\b(?:soldiers?|troops?|police\w*|officers?|forces|army|military|checkpoints?|bases?|"
    r"posts?|patrols?|convoys?|positions?|militants?|rebels?|fighters?|gunmen|insurgents?|"
    r"guards?|each other|one another|barracks|camps?|them)\b",
    re.I,
)


_ANIMALS_TAKEN = re.compile(
    r"^\s*(?:[\w,-]+\s+){0,4}?(?:head of cattle|cattle|cows|livestock|goats|sheep|camels|donkeys)\b"
    r"(?!\s+(?:ranchers?|herders?|farmers?|owners?|traders?|breeders?|keepers?|dealers?))",
    re.I,
)
_POLICE_BEFORE = re.compile(
    r"\bpolice(?:men|man|\s+officers?|\s+agents)?\s+(?:\w+\s+)?$|\bofficers\s+$", re.I
)


_TAKEN_AWAY = re.compile(
    r"\b(?:took|led|dragged|bundled|whisked)\s+(?:him|her)\s+(?:away|off)\b|"
    r"\b(?:arrested|detained)\s+(?:him|her)\b|\btook\s+(?:him|her)\s+into\s+custody\b",
    re.I,
)
# words for a crowd beyond crowds.CROWD_WORDS: who gathered, and how
_GATHERED = re.compile(r"\b(?:march|supporters|gathering|gathered|sit-in|vigil)\b", re.I)


def _fire_on_civilians(c: Candidate, after: str) -> bool:
    """Gunfire whose own target is people, and no armed side among them ("opened fire on
    worshippers at the mosque"; not "on passengers and soldiers")."""
    if not _GUNFIRE.match(c.trigger.text):
        return False
    target = _GUNFIRE_TARGET.match(after)
    return (
        target is not None
        and _CIVILIAN_TARGET.search(target.group(0)) is not None
        and not _ARMED_TARGET.search(target.group(0))
    )


#: a community's herders or farmers, unarmed ("eight Fulani herders", not "armed herdsmen")
PASTORAL_VICTIMS = re.compile(r"^(?!armed\b)(?:[\w-]+\s+)?(?:herders|herdsmen|farmers)$", re.I)


def herders_killed(c: Candidate) -> bool:
    """The second side is herders told after the act ("Dozo hunters killed eight Fulani
    herders"): their community's militia by name, but the act's victims."""
    a2 = c.actor2
    return (
        a2 is not None
        and a2.entry.inter == 4
        and a2.start > c.trigger.start
        and PASTORAL_VICTIMS.search(a2.text) is not None
    )


def refine_type(c: Candidate, sent_text: str = "", next_text: str = "") -> None:
    """Adjust the sub-type to who did what to whom (ACLED's definitions); ``next_text`` is the
    sentence after, which may say how a town was entered ("Armenian forces had withdrawn")."""
    a1 = c.actor1.entry if c.actor1 else None
    a2 = c.actor2.entry if c.actor2 else None
    armed2 = a2 is not None and a2.inter in (1, 2, 3, 4, 8) and not herders_killed(c)
    after = sent_text[c.trigger.end - c.sent_start :] if sent_text else ""
    before = sent_text[max(0, c.trigger.start - c.sent_start - 40) : c.trigger.start - c.sent_start]
    if (
        c.sub_event_type == "Abduction/forced disappearance"
        and c.trigger.text.lower().startswith(("took ", "led "))
        and _POLICE_BEFORE.search(before)
    ):
        # "police officers took him from his home": an arrest, told plainly
        c.sub_event_type = "Arrests"
    if (
        c.sub_event_type == "Protest with intervention"
        and _TAKEN_AWAY.search(sent_text)
        and not CROWD_WORDS.search(sent_text)
        and not _GATHERED.search(sent_text)
    ):
        # "police broke down the gate of his house, fired tear gas into the compound and took
        # him away": tear gas at no crowd, a man taken: an arrest
        c.sub_event_type = "Arrests"
    if c.sub_event_type == "Abduction/forced disappearance" and _ANIMALS_TAKEN.match(after):
        c.sub_event_type = "Looting/property destruction"  # "seized 200 head of cattle"
    if c.sub_event_type in TERRITORY and _MILITARY_POST.match(after):
        c.sub_event_type = "Armed clash"  # "overran a military base": ACLED's battle, not a town
    elif c.sub_event_type in TERRITORY:
        c.sub_event_type = (
            "Government regains territory"
            if a1 is not None and a1.inter == 1
            else "Non-state actor overtakes territory"
        )
        no_fight = _NO_FIGHT.search(sent_text)
        if (
            no_fight
            and not _FIGHTING.search(sent_text)
            # "took control of the town as regime forces withdrew": the notes code a town taken
            # as the other side left as taken (a handover needs no fight told at all)
            and not (_TOOK_CONTROL.match(c.trigger.text) and _LEFT_AS.match(no_fight.group(0)))
        ):
            c.sub_event_type = "Non-violent transfer of territory"
    elif (
        c.sub_event_type == "Non-violent transfer of territory"
        and a1 is not None
        and a1.inter in (2, 3)
        and _FIGHTING.search(_WITHOUT_FIGHTING.sub("", sent_text))
    ):
        # "police abandoned their station after a day-long assault by gunmen": a town given up
        # under attack is taken, not handed over
        c.sub_event_type = "Non-state actor overtakes territory"
    elif (
        c.sub_event_type == "Armed clash"
        and c.trigger.text.lower().startswith(("entered", "drove into", "rolled into"))
        and _NO_FIGHT.search(sent_text + " " + next_text)
        and not _FIGHTING.search(_NO_FIGHTING.sub("", sent_text + " " + next_text))
    ):
        # "troops entered Aghdam after Armenian forces withdrew": a handover, not a battle
        c.sub_event_type = "Non-violent transfer of territory"
    elif (
        c.sub_event_type == "Attack"
        and (
            (armed2 and not c.civilians_victims)
            or (
                c.fatalities
                and c.fatalities.combatants
                and not c.fatalities.civilians
                # "killing seven people before one of the attackers was shot dead": the
                # attackers' own dead do not make the shooting of people a battle
                and not (c.toll_doers and c.fatalities.unknown)
            )
        )
        # "gunmen ... opened fire on worshippers": the fire's own target outweighs an armed
        # side that roles found elsewhere (often the gunmen themselves, or their claimant)
        and not _fire_on_civilians(c, after)
        # "gunmen who stormed a cafe killed 20 hostages and two police officers before
        # commandos ended the siege": the attack on the people inside, whoever ended it
        and not (
            _CIVILIAN_SITE.search(sent_text)
            and (
                c.fatalities is None
                or 2 * (c.fatalities.combatants or 0) < (c.fatalities.best or 0)
            )
        )
    ):
        # "killed 30 rebels": fighters killed by fighters is a battle
        c.sub_event_type = "Armed clash"
    elif (
        c.sub_event_type == "Armed clash"
        and c.civilians_victims
        and a2 is not None
        and a2.inter == 4
        and not (c.fatalities and c.fatalities.combatants)
    ):
        c.sub_event_type = "Attack"  # "attacked the Fulani village, killing 37 civilians"
    elif (
        c.sub_event_type == "Armed clash"
        and (
            c.civilians_victims
            or (a2 is not None and a2.inter == 7 and not (c.fatalities and c.fatalities.combatants))
        )
        and not armed2
        and not re.match(
            r"(?:clash|fight|battl|firefight|gun ?battle|skirmish|exchange)", c.trigger.text, re.I
        )
    ):
        c.sub_event_type = "Attack"
    elif c.sub_event_type == "Armed clash" and _MILITARY_TARGET.match(after):
        pass  # "attacked the airstrip at Camp Simba, a military base": a battle (ACLED)
    elif c.sub_event_type == "Looting/property destruction" and _FIRE_ON_PEOPLE.search(sent_text):
        c.sub_event_type = "Attack"  # "opened fire on residents and set fire to homes"
    elif (
        c.sub_event_type == "Armed clash"
        and _GUNFIRE.match(c.trigger.text)
        and (
            target := _GUNFIRE_TARGET.match(after)
            # "shooting at women in their beds": the preposition is the trigger's own
            or (
                re.match(r"^\s*(?:[\w'’-]+\s*){1,4}", after)
                if re.search(r"\b(?:at|on|into|upon)$", c.trigger.text, re.I)
                else None
            )
        )
        is not None
        and not _ARMED_TARGET.search(target.group(0))
        and (not armed2 or _fire_on_civilians(c, after))
    ):
        c.sub_event_type = "Attack"  # "opened fire on concert-goers": not on an armed side
    elif (
        c.sub_event_type == "Armed clash"
        and not armed2
        and a2 is None
        and re.match(
            r"(?:attack|raid|ambush|assault|stormed|open(?:ed|ing)? fire|fired|shot)",
            c.trigger.text,
            re.I,
        )
        and not (c.fatalities and c.fatalities.combatants)
        and (c.fatalities is not None or c.injured is not None)
    ):
        # an attack with casualties and no armed side named against it: violence against civilians
        c.sub_event_type = "Attack"
    if (
        a1 is not None
        and a1.inter_on(c.date) == 1  # the Taliban since August 2021
        and c.event_type in ("Battles", "Explosions/Remote violence", "Violence against civilians")
        and _ON_CROWD.search(sent_text)
    ):
        # "security forces used rifle grenades to break up protest camps", "opened fire on
        # mourners": the state's force against a crowd, whatever the weapon
        killed = bool(c.fatalities and c.fatalities.best)
        c.sub_event_type = (
            "Excessive force against protesters" if killed else "Protest with intervention"
        )
    elif (
        c.sub_event_type in ("Armed clash", "Attack")
        and not armed2
        and _ON_CIVILIAN_PLACES.search(sent_text)
    ):
        c.sub_event_type = "Attack"  # "coordinated attacks on more than a dozen villages"
    if c.sub_event_type in ("Abduction/forced disappearance", "Attack") and _RAPE.search(sent_text):
        c.sub_event_type = "Sexual violence"  # "abducted and raped six women": ACLED's choice
    elif (
        c.sub_event_type in ("Armed clash", "Attack")
        and not (c.fatalities and c.fatalities.best)
        and _STILL_MISSING.search(sent_text)
    ):
        c.sub_event_type = "Abduction/forced disappearance"  # "... and 333 students remain missing"
    elif c.sub_event_type == "Arrests" and _DISAPPEARED.search(sent_text + " " + next_text):
        # "soldiers detained four young men ..., and their families have had no news of them":
        # an arrest nobody owns up to is a forced disappearance (ACLED)
        c.sub_event_type = "Abduction/forced disappearance"
    elif (
        c.sub_event_type == "Armed clash"
        and c.trigger.text.lower() == "entered"
        and _BASE_SET.search(sent_text)
    ):
        c.sub_event_type = "Headquarters or base established"  # "entered ... and set up a post"
    if c.sub_event_type in ("Armed clash", "Attack") and c.trigger.text.lower().startswith(
        "attack"
    ):
        for w in c.weapons:
            if "suicide" in w[3].lower():
                c.sub_event_type = "Suicide bomb"
    _protest_roles(c, sent_text)


# "protests that police described as peaceful": the police speak of the protest, not in it
_SPEAKS_AFTER = re.compile(r"^\s*(?:\w+\s+)?(?:said|described|called|estimated|put|reported)\b")


def _protest_roles(c: Candidate, sent_text: str = "") -> None:
    """ACLED codes protests with the protesters as actor1 and any force that intervened as actor2;
    lethal force by the state against protesters is "Excessive force against protesters"."""
    actors = [a for a in (c.actor1, c.actor2) if a is not None]
    crowd = next((a for a in actors if a.entry.inter in (5, 6)), None)
    state = next((a for a in actors if a.entry.inter == 1), None)
    if crowd is None:
        return
    killed = bool(c.fatalities and (c.fatalities.best or 0) > 0)
    kind = SUB_TO_TYPE[c.sub_event_type]
    if kind == "Battles" and c.actor1 is crowd:
        # the crowd fought ("supporters clashed with police", "protesters stormed the
        # consulate", "mobs attacked Muslim shops"): a riot, whoever else was there
        mob = crowd.entry.name == "Rioters" and "mob" in crowd.text.lower()
        c.sub_event_type = "Mob violence" if mob else "Violent demonstration"
    elif kind in ("Violence against civilians", "Battles") and state is not None:
        c.sub_event_type = (
            "Excessive force against protesters" if killed else "Protest with intervention"
        )
    if SUB_TO_TYPE[c.sub_event_type] not in ("Protests", "Riots"):
        return
    if (
        state is not None
        and sent_text
        and not killed
        and _SPEAKS_AFTER.match(sent_text[state.end - c.sent_start :])
        and c.sub_event_type in ("Peaceful protest", "Protest with intervention")
        and not c.trigger.text.lower().startswith(("tear", "water", "rubber", "dispers", "broke"))
    ):
        c.sub_event_type, state = "Peaceful protest", None
    if c.sub_event_type == "Peaceful protest" and state is not None and _LET_BE.search(sent_text):
        state = None  # "police watched but did not intervene"
    if c.sub_event_type == "Peaceful protest" and state is not None:
        c.sub_event_type = "Protest with intervention"
    if c.sub_event_type == "Protest with intervention" and killed and state is not None:
        c.sub_event_type = "Excessive force against protesters"
    c.actor1, c.actor2 = crowd, state


_ATTACK_WORDS = re.compile(
    r"(?:attack|raid|ambush|assault|stormed|open(?:ed|ing)? fire|fired|shot)", re.I
)


_DOERS_DEAD = re.compile(
    r"\b(?:all\s+|both\s+)?(?:the\s+)?(?:\w+\s+)?(?:attackers|assailants|gunmen|gunman|attacker|"
    r"assailant)\s+(?:were|was|had\s+been)\s+(?:also\s+|later\s+)?(?:shot\s+dead|killed|shot)\b|"
    r"\bkill(?:ed|ing)\s+(?:all\s+|both\s+)?(?:the\s+)?(?:\w+\s+)?(?:attackers|assailants|gunmen|gunman|"
    r"attacker|assailant)\b",
    re.I,
)
_DISAPPEARED = re.compile(
    r"\bwhereabouts (?:\w+ )?(?:remain |are |were |is |was |still )?(?:unknown|not known)|"
    r"\b(?:have|has|had) (?:had )?no news of (?:him|her|them)|\bincommunicado\b|"
    r"\b(?:have|has|had) not been (?:seen|heard from) since|"
    r"\b(?:denied|deny|denies) (?:holding|detaining|having arrested)|"
    r"\b(?:have|has|had) not (?:said|disclosed|revealed) where (?:he|she|they) (?:is|are|was|were) (?:being )?held",
    re.I,
)
# "..., police said", "according to the army": a source, not a side
_TELLER = re.compile(
    r"\baccording to (?:[\w'’-]+\s+){1,3}|(?:[\w'’-]+\s+){1,3}(?:said|says|say|told|reported|added|confirmed)\b",
    re.I,
)
_BREAK_IN = re.compile(r"raid(?:ed|s)?|stormed|storming|broke into|attacked", re.I)
# what armed men did to things: the lexicon's own looting words ("set fire to", "ransacked",
# "razed"), and the aftermath a raid's report adds ("burning more than 80 huts", "carried away
# vehicles", "bulldozers destroyed sections of the camp's roads", "smashing doors")
_PROPERTY_LOSS = re.compile(
    "|".join(rf"\b(?:{rx})\b" for rx, sub, _ in TRIGGERS if sub == "Looting/property destruction")
    + r"|\b(?:set on fire|(?:burn(?:ed|t|ing)|destroy(?:ed|ing))\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:huts?|houses?|homes?|shops?|stores?|vehicles?|cars?|buildings?|granar(?:y|ies)|crops|"
    r"offices?|roads?|markets?|property|properties)|"
    r"(?:huts?|houses?|homes?|shops?|buildings?|vehicles?|cars?)\s+(?:\w+\s+){0,2}?"
    r"(?:burned|burnt|torched|destroyed|demolished|looted)|"
    r"smash(?:ed|ing)|carr(?:ied|ying) (?:away|off)|took away|"
    r"(?:taking|took|stole|stealing|seized|seizing)\s+(?:[\w'’-]+\s+){0,3}?(?:cars?|vehicles?|"
    r"documents|equipment|computers|money|cash|gold|food)|"
    r"(?:cattle|livestock|goats|cows|camels)\s+(?:were\s+)?(?:driven|taken|stolen|rustled)|"
    r"bulldoz\w+|vandali[sz](?:ed|ing))\b",
    re.I,
)
# anyone hurt, taken or fought: then the raid is the attack, the abduction or the clash
_HARM_OR_FIGHT = re.compile(
    r"\b(?:kill(?:ed|ing|s)?|dead|died|deaths?|wound(?:ed|ing)|injur(?:ed|ing|ies)|shot|"
    r"abduct(?:ed|ing)|kidnapp?(?:ed|ing)|hostages?|rap(?:ed|e)|beat(?:en|ing)?|"
    r"clash(?:ed|es)?|fighting|fought|firefights?|exchanges? of fire|gun ?battles?|"
    r"repel(?:led)?|repulsed|resistance)\b",
    re.I,
)
_CIVILIAN_CAMP = re.compile(r"\b(?:refugee|displacement|displaced|IDP|cattle)s?\s+camps?\b", re.I)
_NOBODY_HURT = re.compile(
    r"\b(?:no(?: ?one|body)|none)\s+(?:\w+\s+){0,2}?(?:was|were|had been)\s+"
    r"(?:\w+\s+)?(?:killed|hurt|injured|wounded|harmed)|\bno (?:casualties|injuries|deaths|"
    r"fatalities)\b[^.;]*",
    re.I,
)


# aircraft told arriving or bombs falling, in the killing's sentence or one beside it ("the
# market was full when the jets came", "bombs fell on the settlements", "the drone came over the
# market ... It fired twice"): the dead of an air strike, told as a killing
_AIRCRAFT_CAME = re.compile(
    r"\b(?:jets?|warplanes?|planes?|aircraft|helicopters?|gunships?|drones?)\b(?:\s+[\w'’-]+){0,4}?"
    r"\s+(?:came|arrived|appeared|circled?|circling|flew|swooped|returned|roared)\b|"
    r"\bbombs?\s+(?:fell|falling|dropped|rained)\b|\b(?:dropped|released)\s+(?:\w+\s+)?bombs\b",
    re.I,
)
# a killing on the ground, whatever flew: gunmen, a bomb planted, shells
_GROUND_ATTACK = re.compile(
    r"\b(?:gunmen|gunfire|shot|opened\s+fire|stormed|raided|stabbed|hacked|machetes?|attackers|"
    r"suicide|bombers?|IEDs?|roadside|landmines?|mines?|grenades?|shell(?:s|ing|ed)|mortars?|"
    r"artillery|rockets?|missiles?|troops|soldiers|fighters|militants)\b",
    re.I,
)


def _killed_from_the_air(c: Candidate, text: str) -> bool:
    """An attack whose sentence, the two before it or the one after tells aircraft coming or
    bombs falling, and no killing on the ground in its own: ACLED's air strike."""
    if c.sub_event_type != "Attack" or _GROUND_ATTACK.search(text, c.sent_start, c.sent_end):
        return False
    before = max(0, c.sent_start - 1)
    for _ in range(3):  # back to the start of the sentence two before
        before = text.rfind(".", 0, max(0, before))
    after = text.find(".", c.sent_end + 1)
    return _AIRCRAFT_CAME.search(text, before + 1, after if after > 0 else len(text)) is not None


def _raid_on_things(c: Candidate, text: str) -> bool:
    """A raid told by what was burned, smashed or carried off, with nobody hurt, taken or
    fighting back: ACLED's looting or property destruction, not a battle."""
    if c.sub_event_type != "Armed clash" or not _BREAK_IN.fullmatch(c.trigger.text):
        return False
    if c.fatalities is not None and c.fatalities.best:
        return False
    if c.actor2 is not None and c.actor2.entry.inter in (1, 2, 3):
        return False
    if (c.actor1 is not None and c.actor1.entry.inter in (5, 6)) or CROWD_DOER.search(
        text, max(c.sent_start, c.trigger.start - 160), c.trigger.start
    ):
        return False  # "crowds attacked businesses": a riot, told by roles
    after = _CIVILIAN_CAMP.sub("", text[c.trigger.end : min(c.sent_end, c.trigger.end + 50)])
    if _ARMED_TARGET.search(after):
        return False
    # a noun ("the raid was part of a campaign") refers back: what the text told before it
    start = 0 if c.trigger.text.lower() in ("raid", "raids") else c.sent_start
    told = text[start : c.sent_end]
    if not _PROPERTY_LOSS.search(told):
        return False
    return not _HARM_OR_FIGHT.search(_NOBODY_HURT.sub("", told))


def retype_merged(c: Candidate, text: str) -> None:
    """Once an event's sentences are merged: gunmen who "opened fire" with nobody armed named
    against them, whose dead (told in a later sentence) are no combatants, attacked people
    (ACLED's Attack); a raid that hurt nobody and is told by what was burned or carried off is
    property destruction. refine_type saw only the first sentence, before the toll."""
    a1 = c.actor1.entry if c.actor1 else None
    a2 = c.actor2.entry if c.actor2 else None
    f = c.fatalities
    # "opened fire, police said": who told it is no target
    after = _TELLER.sub("", text[c.trigger.end : c.sent_end])
    if (
        c.sub_event_type == "Armed clash"
        and (a2 is None or a2.inter == 7)
        and (a1 is None or a1.inter in (2, 3))
        and _ATTACK_WORDS.match(c.trigger.text)
        and f is not None
        and f.best
        and not f.combatants
        and not _ARMED_TARGET.search(after)
    ):
        c.sub_event_type = "Attack"
    elif (
        c.sub_event_type == "Armed clash"
        and (a1 is None or a1.inter in (2, 3))
        and (a2 is None or a2.inter in (1, 7))
        and _ATTACK_WORDS.match(c.trigger.text)
        and f is not None
        and f.civilians
        and 2 * (f.combatants or 0) < f.civilians
        and not f.unknown
    ):
        # "stormed a hotel, killing 20 guests and two security guards before troops ended the
        # siege": mostly civilian dead make the assault an attack on them (ACLED), whoever
        # fought back
        c.sub_event_type = "Attack"
    elif (
        c.sub_event_type == "Armed clash"
        and _ATTACK_WORDS.search(text, c.sent_start, c.sent_end)
        and {a1.inter if a1 else None, a2.inter if a2 else None} & {2, 3}
        and f is not None
        and f.unknown
        and f.combatants
        and not f.civilians
        and f.unknown > 2 * f.combatants
        and _DOERS_DEAD.search(text, c.sent_start)
        and not _ARMED_TARGET.search(_TELLER.sub("", text[c.trigger.start : c.sent_end]))
    ):
        # "stormed a campus, killing 147 people, before security forces ended the siege ... all
        # four attackers were killed": the dead are the people attacked and the attackers; the
        # forces that ended it do not make the massacre a battle
        c.sub_event_type = "Attack"
    elif _raid_on_things(c, text):
        c.sub_event_type = "Looting/property destruction"
    elif _killed_from_the_air(c, text):
        c.sub_event_type = "Air/drone strike"


def retype_by_pair(c: Candidate) -> None:
    """Once the actors are chosen: "seventeen civilians died in clashes where protesters were
    met with tear gas and gunfire", a battle between the state and protesters with dead, is
    force used on a protest (ACLED)."""
    inters = {a.entry.inter if a else None for a in (c.actor1, c.actor2)}
    if (
        c.sub_event_type == "Armed clash"
        and inters == {1, 6}
        and c.fatalities is not None
        and c.fatalities.best
    ):
        c.sub_event_type = "Excessive force against protesters"
