"""Numbers beside a death that are not its count: an earlier figure, a parent's children, a
part of a whole or the whole a part is taken from, the missing, tallies over months, another
killer's toll. Kept apart from :mod:`.tolls`, which reads them in :func:`.tolls.find_tolls`: a
table of phrasings, not the counting.
"""

from __future__ import annotations

import re

__all__: list[str] = []  # the patterns are the toll finder's own

_EARLIER_FIGURE = re.compile(
    r"\b(?:earlier|previous|initial|first|original)\s+(?:figure|toll|count|estimate|number)\s+"
    r"of\s+(?:at least\s+|about\s+|more than\s+)?$",
    re.I,
)
_CAUSE_BEFORE = re.compile(
    r"\b(?:after|over|against|following|protest(?:ing)?|to\s+protest|denounc\w*|condemn\w*|"
    r"mourn\w*|demand\w*\s+justice\s+for)\s+the\s+(?:recent\s+)?(?:killings?|deaths?|murders?|"
    r"assassinations?)\s+of\s+$",
    re.I,
)
_FOR_THE_DEAD = re.compile(
    r"\b(?:justice\s+for|in\s+memory\s+of|commemorat\w+|honou?r(?:ing)?|mourn(?:ing)?)\s+"
    r"(?:the\s+|all\s+)?$",
    re.I,
)
_EARLIER_ACT = re.compile(
    r"\bin\s+connection\s+with\s+(?:the\s+|a\s+)?(?:last\s+\w+'s|[\w-]+day's|recent|earlier)\s+"
    r"[^.;]{0,50},\s+(?:which|that)\s+(?:had\s+)?(?:killed|left)\s+(?:at\s+least\s+|some\s+|more\s+than\s+)?$",
    re.I,
)
_OVER_MONTHS = re.compile(
    r"[^.;]{0,60}?\b(?:over|in|during)\s+the\s+(?:past|last)\s+(?:few\s+|several\s+|[\w-]+\s+)?"
    r"(?:weeks|months|years)\b",
    re.I,
)
_PARENT_OF = re.compile(r"\b(?:mother|father|parent|grandmother|grandfather)s?\s+of\s+$", re.I)
_EXAMPLE_BEFORE = re.compile(r"\bsuch\s+as\b[^.;:]*$", re.I)
_PART_OF_BEFORE = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+|one|none|all|most|some)\s+of\s+the\s+$",
    re.I,
)
# "Of the 15 passengers, 12 were killed": the whole the count is taken from, not more dead
_WHOLE_BEFORE = re.compile(
    r"(?:^|[,;:]\s*|\b(?:that|and|but)\s+)\W*of\s+(?:the\s+|these\s+|those\s+)?$", re.I
)
#: "three of the 11 people killed", "ten of the twelve children ... killed when": the whole
#: is the dead, told by a reduced relative after it
_OF_THE_WHOLE = re.compile(
    r"\s+of\s+the\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"[a-z]+teen|twenty|thirty|forty|fifty|[a-z]+ty-[a-z]+)\b",
    re.I,
)
_WHOLE_KILLED = re.compile(
    r"\s+(?:(?!(?:were|was|are|is|had|have|has|been)\b)[\w-]+\s+){0,3}?(?:killed|slain|who\s+(?:were|had\s+been|have\s+been)\s+killed|"
    r"who\s+died)\b",
    re.I,
)
_NONE_SURVIVED = re.compile(r"\bnone\s+of\s+the\s+$", re.I)
_MISSING_AFTER = re.compile(
    r"\s+(?:(?:people|others|more|villagers|residents|civilians)\s+)?(?:(?:were|are|remain(?:ed)?|"
    r"still)\s+)?(?:missing|unaccounted\s+for)\b",
    re.I,
)
_BODY_AMONG = re.compile(
    r"\b(?:body|bodies|corpses?|remains)\b(?:[^.;]|\.\d){0,160}?\b(?:was|were)\s+among\s+(?:the\s+)?"
    r"(?:at\s+least\s+|some\s+|about\s+)?$",
    re.I,
)
_SUBSET_BEFORE = re.compile(
    r"(?:including|among them|among whom|of whom|among the dead were|among the victims were|"
    r"all but)\s*$",
    re.I,
)
_OTHER_KILLER = re.compile(
    r"\b(?:which|that)\s+(?:has|have|had)\s+(?:already\s+|now\s+)?(?:killed|claimed)\s+"
    r"(?:the\s+lives\s+of\s+)?(?:more\s+than\s+|over\s+|at\s+least\s+|about\s+|some\s+)?$",
    re.I,
)
