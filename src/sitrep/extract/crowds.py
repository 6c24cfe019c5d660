"""ACLED's protest and riot conventions on an event's sub-type (:func:`crowd_retype`, called by
:mod:`.roles`) and the words they read: protests and marches (not the month March), crowds that
riot, mobs, a crowd that kills, rival crowds, the forces turning on a crowd, and the police's
crowd-control kit. Split from :mod:`.roles`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .actors import ActorMention
    from .events import Candidate

__all__ = [
    "AFTER_PROTEST",
    "ARMED_CROWD",
    "CROWD_CONTROL",
    "CROWD_DOER",
    "CROWD_VIOLENCE",
    "CROWD_WORDS",
    "FORCES_ON_CROWD",
    "MOB_AGENT",
    "MOB_DOER",
    "MOB_WORDS",
    "PROTEST_WORDS",
    "PUT_DOWN",
    "RIVAL_CROWDS",
    "crowd_retype",
    "mob_doer",
]

CROWD_WORDS = re.compile(
    r"\b(?:protest\w*|demonstrat\w*|marche[sd]|marchers|crowds?|rall(?:y|ies|ied)|mobs?|rioters)\b",
    re.I,
)
PROTEST_WORDS = re.compile(
    # "arrested 40 supporters ahead of a planned rally": a protest yet to come is none
    r"\b(?<!planned )(?<!upcoming )(?<!proposed )(?:protest\w*|demonstrat\w*|marche[sd]|marchers|"
    # "march", not the month ("on 2 March", "March 2021", "since March")
    r"(?<!\d )(?<!\bin )(?<!since )(?<!early )(?<!late )(?<!mid-)(?<!until )march(?!,?\s+\d)|"
    # a campaign rally is a politician's meeting, not a protest
    r"(?<!campaign )(?<!election )(?<!electoral )rall(?:y|ies|ied)|sit-ins?|"
    r"gathered (?:[\w-]+ ){0,8}?to (?:demand|protest|denounce|call for|condemn))\b",
    re.I,
)
CROWD_DOER = re.compile(
    r"\b(?:supporters|protesters|demonstrators|rioters|crowds?|mobs?|students)\b"
    r"(?![^.;]*\b(?:gunmen|militants|fighters|soldiers|troops|rebels|insurgents|police)\b)"
    r"[^.;]{0,140}$",
    re.I,
)
MOB_AGENT = re.compile(
    r"\bby (?:a |an )?(?:group|gang|crowd|band) of (?:\w+ )?(?:men|youths|young men|villagers|residents|"
    r"people)\b|\bby (?:a |an )?(?:angry )?(?:mob|crowd)\b",
    re.I,
)
# a crowd doing the violence itself: "a group of villagers ... tied them up and tortured them",
# "youths armed with machetes and sticks hunted members of minority communities" (not "villagers
# were attacked", not "residents said")
MOB_DOER = re.compile(
    r"\b(?:(?:a|an|the)\s+)?(?:(?:group|crowd|band)s?\s+of\s+(?:\w+\s+)?(?:men|youths|young\s+men|"
    r"villagers|residents|people|locals)|(?:angry\s+|irate\s+)?(?:mobs?|crowds?)|youths|villagers|locals)"
    r"\b(?:\s+(?!(?:were|was|had\s+been|have\s+been|been|being|are|is|said|told|say|as|when|while|"
    r"gunmen|militants|fighters|soldiers|troops|police|rebels|insurgents|attackers)\b)[\w,'’-]+){0,18}?"
    r"\s+(?:attacked|beat|tortured|hacked|stabbed|hunted|chased|lynched|tied|dragged|cornered|"
    r"clubbed|stoned|burned|burnt|set\s+fire|torched)\b",
    re.I,
)
# guns make armed men, not a mob
FIREARMS = re.compile(
    r"\b(?:gunmen|guns?|gunfire|rifles?|shot|shooting|opened\s+fire|gunshots?|bullets?)\b",
    re.I,
)
RIVAL_CROWDS = re.compile(
    r"\brival\s+(?:groups|gangs|bands|crowds)\s+of\s+(?:\w+\s+)?(?:youths|young\s+men|villagers|"
    r"residents|supporters|students)\b",
    re.I,
)
ARMED_CROWD = re.compile(
    r"\b(?:youths|young\s+men|villagers)\s+(?:armed\s+)?with\s+(?:machetes|clubs|sticks|cutlasses|"
    r"knives|stones)\b",
    re.I,
)
AFTER_PROTEST = re.compile(
    r"\b(?:following|after|in\s+the\s+wake\s+of|in\s+connection\s+with|over(?!\s+\d)|for\s+"
    r"(?:taking\s+part|participating)\s+in|"
    # the person's past ("a monk who has led rallies"), or a crackdown the arrest belongs to ("as
    # the government cracked down on protests"): no protest the police broke up
    r"who\s+(?:has\s+|had\s+|have\s+)?(?:\w+\s+)?(?:led|organi[sz]ed|staged|called\s+for|headed|"
    r"joined)|crack(?:ed|ing|s)?\s+down\s+on)\s+[^.;,]{0,40}$",
    re.I,
)
MOB_WORDS = re.compile(r"\bmobs?\b|\bvigilantes?\b|\blynch", re.I)
CROWD_VIOLENCE = re.compile(
    r"\b(?:thr(?:ew|owing|own)|hurl(?:ed|ing)) (?:\w+ ){0,2}(?:stones|rocks|bricks|petrol bombs|"
    r"molotov cocktails|firebombs|fireworks|bottles|projectiles)|"
    # "stone-throwing protesters", "vandalised a police station"
    r"\b(?:stone|rock)-(?:throwing|pelting)\b|\bvandali[sz](?:ed|ing)\b|\bset(?:ting)? fire to\b|\bset(?:ting)? (?:[\w-]+ ){1,4}on fire\b|"
    r"\btorched\b|\bstoned\b|"
    # "students who pelted them with rocks"
    r"\bpelt(?:ed|ing)\s+(?:\w+\s+){0,3}?with\s+(?:stones|rocks|bricks|bottles|petrol\s+bombs)\b|"
    r"\bsmash(?:ed|ing) (?:\w+ ){0,2}(?:windows|cars|shops|doors)|\bburn(?:ed|ing|t) "
    r"(?:\w+ ){0,2}(?:tyres|tires|cars|vehicles|buildings?)|\blooted\b|\bransacked\b|\brioted\b|"
    # "rammed a door of the National Palace with a pickup truck", "broke down the gate"
    r"\b(?:rammed|broke\s+down|forced\s+open|tore\s+down|pulled\s+down)\s+(?:\w+\s+){0,2}"
    r"(?:doors?|gates?|barriers?|fences?|barricades?)\b",
    re.I,
)
PUT_DOWN = re.compile(
    r"\b(?:police(?:men)?|(?:police )?officers|security forces|troops|soldiers|riot police|gendarmes)\b[^.;]{0,60}?"
    r"\b(?:(?:fired|firing|used|using) tear[- ]?gas|water[- ]cannons?|rubber bullets|dispersed?|"
    r"baton-charged|regained control|retook|clear(?:ed)?|"
    # "Police fired stun grenades to clear the building", "pushed the crowd back"
    r"stun grenades|pepper spray|pushed (?:the\s+)?(?:crowds?|them|protesters|rioters) back)\b",
    re.I,
)
# "stormed the residence of the army's corps commander", "the gates of the army headquarters":
# the state owns what the crowd attacked; it is no side in the riot unless it put it down
OWNER_ONLY = re.compile(
    r"(?:['’]s|\s+(?:headquarters|HQ|offices?|residences?|compound|property|buildings?|"
    r"station|barracks|base)\b)",
    re.I,
)
# the forces turning on a crowd ("as police tried to disperse crowds", "troops fired live rounds
# at protesters")
FORCES_ON_CROWD = re.compile(
    r"\b(?:police(?:men)?|security\s+forces|troops|soldiers|officers|gendarmes)\b[^.;]{0,40}?"
    r"\b(?:disperse[ds]?|dispersing|fired\s+(?:[\w-]+\s+){0,3}?(?:on|at|into)|opened\s+fire\s+on|"
    r"shot\s+at|charged)\s+(?:[\w-]+\s+){0,3}?(?:crowds?|protesters|demonstrators|marchers|"
    r"protests?|demonstrations?|rall(?:y|ies))\b",
    re.I,
)
CROWD_CONTROL = re.compile(
    r"\b(?:tear[- ]?gas|water[- ]cannons?|rubber bullets|batons?|baton-charged|riot police|"
    r"police(?:men)?)\b",
    re.I,
)


def mob_doer(text: str, start: int, end: int) -> bool:
    """A crowd did the violence, in this sentence or one beside it, and no gun was in them."""
    before = text.rfind(".", 0, max(0, start - 1))  # the previous sentence's full stop
    after = text.find(".", end + 1)
    at = text.rfind(".", 0, max(0, before)) + 1
    m = MOB_DOER.search(text, at, after if after > 0 else len(text))
    if m is None:
        return False
    said = text[text.rfind(".", 0, m.start()) + 1 : max(end, text.find(".", m.end()))]
    return FIREARMS.search(said) is None and FIREARMS.search(text, start, end) is None


#: "protesters, some of them masked, stormed the parliament", "tried to storm local government
#: buildings": the crowd's own assault, a riot whatever the police then did
_CROWD_STORMED = re.compile(
    r"\b(?:protesters|demonstrators|crowds?|mobs?|supporters|rioters|students|youths)\b"
    r"[^.;]{0,60}?\b(?:stormed|(?:tried|attempted) to storm|forced their way into)\b",
    re.I,
)


def _clauses(said: str, start: int) -> list[tuple[str, int]]:
    """The sentence's parts between semicolons, with their document offsets."""
    out, at = [], start
    for part in said.split(";"):
        out.append((part, at))
        at += len(part) + 1
    return out


def crowd_retype(
    c: Candidate,
    kind: str,
    text: str,
    crowd: ActorMention | None,
    armed: ActorMention | None,
    state: ActorMention | None,
) -> tuple[str, ActorMention | None, bool]:
    """ACLED's conventions for crowds, on the sub-type (in place): an arrest at a protest is the
    protest broken up, protesters who burn or storm riot, a crowd that kills is a mob, two crowds
    fighting are mob violence. Returns the event type, the crowd and whether two crowds fought."""
    start, end = c.sent_start, c.sent_end
    said = text[start:end]
    if crowd is not None or CROWD_WORDS.search(said) or PROTEST_WORDS.search(said):
        clause = next(
            (
                part
                for part, at in _clauses(said, start)
                if at <= c.trigger.start < at + len(part) + 1
            ),
            said,
        )
        if c.sub_event_type == "Arrests" and any(
            # "detained 20 residents following protests": arrested for a protest held before
            not AFTER_PROTEST.search(clause, max(0, m.start() - 60), m.start())
            for m in PROTEST_WORDS.finditer(clause)
        ):
            # "police detained 370 people as they tried to hold a banned march"
            c.sub_event_type, kind = "Protest with intervention", "Protests"
        elif c.sub_event_type == "Looting/property destruction" and (
            crowd is not None or (armed is None and state is None and PROTEST_WORDS.search(said))
        ):
            if MOB_WORDS.search(said):
                c.sub_event_type, kind = "Mob violence", "Riots"
            elif (crowd is not None and crowd.entry.inter == 6) or PROTEST_WORDS.search(said):
                # "residents gathered to demand accountability, and some later set fire to the
                # mayor's house": protesters who burn riot
                c.sub_event_type, kind = "Violent demonstration", "Riots"
        elif kind == "Protests" and (CROWD_VIOLENCE.search(said) or _CROWD_STORMED.search(said)):
            # demonstrators who throw stones or burn buildings riot, whatever the police did
            c.sub_event_type, kind = "Violent demonstration", "Riots"
        elif c.sub_event_type == "Violent demonstration" and MOB_WORDS.search(said):
            c.sub_event_type = "Mob violence"
        elif c.sub_event_type == "Attack" and armed is None and FORCES_ON_CROWD.search(said):
            # "shot dead as police tried to disperse crowds": the forces killed protesters
            c.sub_event_type, kind = "Excessive force against protesters", "Protests"
    if (
        c.sub_event_type == "Armed clash"
        and armed is None
        and PROTEST_WORDS.search(said)
        and CROWD_VIOLENCE.search(said)
    ):
        # "Youths protesting against power cuts blocked the road with burning tyres and fought
        # running battles with gendarmes": a riot, not a battle
        c.sub_event_type, kind = "Violent demonstration", "Riots"
    if (
        c.sub_event_type == "Armed clash"
        and armed is None
        and c.trigger.text.lower() in ("stormed", "attacked", "raided", "broke into")
        and CROWD_DOER.search(text, max(start, c.trigger.start - 160), c.trigger.start)
    ):
        # "thousands of supporters of the former president stormed Congress": a riot
        c.sub_event_type, kind = "Violent demonstration", "Riots"
        crowd = crowd or (c.actor1 if c.actor1 is not None and c.actor1.entry.inter == 5 else None)
    two_crowds = (
        armed is None
        and state is None
        and (
            (c.sub_event_type == "Armed clash" and ARMED_CROWD.search(said) is not None)
            or (
                c.sub_event_type in ("Armed clash", "Attack")
                and RIVAL_CROWDS.search(said) is not None
            )
        )
    )
    if two_crowds:
        # "rival groups of youths armed with machetes clashed in the market": two crowds fight
        c.sub_event_type, kind = "Mob violence", "Riots"
    if (
        c.sub_event_type == "Attack"
        and (c.actor1 is None or c.actor1.entry.name == "Unidentified Armed Group")
        and (MOB_AGENT.search(said) or mob_doer(text, start, end))
    ):
        # "stabbed to death by a group of young men", "beaten by a mob": a mob's violence
        c.sub_event_type, kind = "Mob violence", "Riots"
        c.actor1 = None
    return kind, crowd, two_crowds
