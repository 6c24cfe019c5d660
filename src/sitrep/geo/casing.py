"""Capitals as evidence of names: capitalised n-grams, sentence starts and headline words for
the toponym detector, and all-capitals sentences (wire copy, analysts' notes) re-cased for
matching.

Neither spaCy's NER nor the capitals say which words are names in upper-case copy, so the
toponym detector matches on a re-cased copy of each such sentence, with the same tokens and
offsets as the original.

The capitalised run a name stands in also says what it names: a facility ("Heart of Jesus
Cathedral") or an organisation ("Kachin Independence Army") rather than a place.
"""

from __future__ import annotations

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span, Token

from .gazetteer import MATCH_FOLDED, Candidate
from .words import (
    _BUILDING_HEADS,
    _CONNECTORS,
    _FACILITY_AFTER,
    _ORG_FOR_HEADS,
    _ORG_GLUE,
    _ORG_HEADS,
    abbreviations,
    common_words,
)

__all__: list[str] = []


def _caps_tokens(toks: list[Token], sentences: list[tuple[int, int]]) -> set[int]:
    """Tokens of sentences written mostly in capitals (wire copy, analysts' notes), where
    neither spaCy's NER nor the capitals say which words are names."""
    out: set[int] = set()
    for a, b in sentences:
        words = [t for t in toks[a:b] if t.is_alpha and len(t) > 1]
        if len(words) >= 3 and sum(t.is_upper for t in words) > 0.6 * len(words):
            out.update(range(a, b))
    return out


def _recase(word: str) -> str:
    """An all-capitals word as news would write it: function and common words in lower case,
    abbreviations ("UK") kept, everything else capitalised ("MOGADISHU" -> "Mogadishu")."""
    low = word.lower()
    if len(low) != len(word):
        return word  # keep offsets: a few letters change length when lower-cased
    if low in STOP_WORDS or low in _CONNECTORS or low in common_words():
        return low
    if word in abbreviations():
        return word
    return word[:1] + low[1:]


def _true_cased(doc: Doc, toks: list[Token], caps: set[int]) -> Doc:
    """A copy of ``doc`` with its all-capitals sentences re-cased, the same tokens and
    offsets. NER's entities on the capitals are left out (they are noise there); tags and
    entities elsewhere are kept."""
    words = [
        _recase(t.text) if i in caps and t.is_alpha and t.is_upper else t.text
        for i, t in enumerate(toks)
    ]
    tags = [t.tag_ if i not in caps else "" for i, t in enumerate(toks)]
    new = Doc(
        doc.vocab,
        words=words,
        spaces=[bool(t.whitespace_) for t in toks],
        tags=tags if any(tags) else None,
    )
    new.set_ents(
        [
            Span(new, e.start, e.end, label=e.label_)
            for e in doc.ents
            if not any(k in caps for k in range(e.start, e.end))
        ],
        default="outside",
    )
    return new


def _is_cap(tok_text: str) -> bool:
    return tok_text[:1].isupper() and any(ch.isalpha() for ch in tok_text)


def _ngram_spans(toks: list[Token]) -> list[tuple[int, int]]:
    """Token ranges of capitalised n-grams (up to 4 words, with lowercase Arabic articles and
    hyphens inside), longest first at each start."""
    out = []
    n = len(toks)
    for i in range(n):
        if not _is_cap(toks[i].text) or toks[i].is_punct:
            continue
        words = 0
        j = i
        while j < n and words < 4:
            t = toks[j]
            if t.is_space:
                if t.text == "\n" and j > i:  # hard-wrapped wire copy: "SAN\nSALVADOR"
                    j += 1
                    continue
                break
            if _is_cap(t.text) and not t.is_punct:
                words += 1
                out.append((i, j + 1))
            elif t.text in {"-", "'", "’"} or t.lower_ in _CONNECTORS:
                if j == i or (j > i and t.text in {"-", "'", "’"} and toks[j - 1].whitespace_):
                    break
            elif (
                t.is_alpha
                and j > i + 1
                and toks[j - 1].text == "-"
                and not toks[j - 1].whitespace_
                and not toks[j - 2].whitespace_
            ):
                # "Su-ngai Kolok": a lower-case syllable glued by a hyphen inside a name (a span
                # still ends only at a capitalised word, so "Kabul-based" gives none)
                pass
            else:
                break
            j += 1
    return out


def _sentences(toks: list[Token]) -> list[tuple[int, int]]:
    """Token ranges of sentences split at end punctuation and line breaks.

    Not ``doc.sents``: geoparsing must give the same answer with the parser (extraction) and
    without it (the NER-only pipeline of :func:`sitrep.geo.geoparse.geoparse_nlp`).
    """
    out: list[tuple[int, int]] = []
    start = 0
    n = len(toks)
    abbrev = abbreviations()
    line_start = toks[0].idx if n else 0
    for i, t in enumerate(toks):
        gap = t.text + t.whitespace_ if t.is_space else t.whitespace_
        # A line break ends a sentence after a blank line or a short line (a headline, a
        # dateline), not inside hard-wrapped wire copy ("SAN\nSALVADOR").
        line_end = "\n" in gap and (gap.count("\n") > 1 or t.idx + len(t) - line_start < 50)
        if "\n" in gap:
            line_start = t.idx + len(t) + len(t.whitespace_)
        end = line_end or (
            t.text in {".", "!", "?"}
            and (bool(t.whitespace_) or i + 1 == n)
            # "W.Va." and "Ky." end abbreviations, not sentences
            and not (t.text == "." and i > 0 and f"{toks[i - 1].text}." in abbrev)
        )
        if end:
            out.append((start, i + 1))
            start = i + 1
    if start < n:
        out.append((start, n))
    return out


def _headline_tokens(toks: list[Token], sentences: list[tuple[int, int]]) -> set[int]:
    """Tokens of title-case lines ("Fighting Near Turkey Border"), where capitals say nothing."""
    out: set[int] = set()
    for a, b in sentences:
        words = [t for t in toks[a:b] if t.is_alpha and len(t) > 3]
        lower = sum(not t.text[0].isupper() for t in words)
        # "Rebels shelled Mare' and Tal Rifaat north of Aleppo": a sentence dense with names
        # still writes its verbs and common words in lower case; a title capitalises them
        if len(words) >= 3 and lower / len(words) < 0.3 and lower <= 1:
            out.update(range(a, b))
    return out


_DATELINE_SEPARATORS = frozenset({"-", "--", "—", "–", "―", ":", "("})


def _dateline_tokens(toks: list[Token], sentences: list[tuple[int, int]]) -> set[int]:
    """Tokens of the capitals that open a sentence as a dateline: "KABUL --", "BEIRUT:",
    "ST. PARIS —", "WASHINGTON (AP) -", "ALEXANDRIA, Va. -". Acronym-short and tagged as
    anything, they still name the place a story was filed from."""
    out: set[int] = set()
    n = len(toks)
    for a, b in sentences:
        j = a
        while (
            j < b
            and j - a < 3
            and toks[j].text.isupper()
            and toks[j].text.rstrip(".").isalpha()
            and (len(toks[j].text) > 2 or toks[j].text.endswith("."))
        ):
            j += 1
        if j == a or not any(len(toks[k].text.rstrip(".")) > 2 for k in range(a, j)):
            continue
        k = j
        if k < n and toks[k].text == ",":  # "ALEXANDRIA, Va. -": the state or the country
            k += 1
            while k < n and k < j + 5 and (_is_cap(toks[k].text) or toks[k].text == "."):
                k += 1
        if k < n and toks[k].text in _DATELINE_SEPARATORS:
            if toks[k].text == "(" and not (k + 1 < n and _is_cap(toks[k + 1].text)):
                continue  # "(AP)", "(Reuters)": an agency; "(the" is a sentence
            out.update(range(a, j))
    return out


def _proper_noun(
    toks: list[Token],
    i: int,
    sent_starts: set[int],
    mid_caps: set[str],
    datelines: frozenset[int] | set[int] = frozenset(),
) -> bool:
    """A capitalised word used as a name: the tagger's proper noun where it ran; else (the
    NER-only geoparsing pipeline) a capitalised word mid-sentence, or one capitalised
    mid-sentence elsewhere, or a dateline's first word."""
    t = toks[i]
    if i in datelines:
        return True  # a local paper's dateline, "MAKASSAR - Police fired ...", tagged a noun
    if t.is_stop or not t.text[:1].isupper():
        return False
    nxt = toks[i + 1].text if i + 1 < len(toks) else ""
    if t.tag_:  # the tagger ran (extraction's full pipeline): it knows all-capitals wire copy
        return t.tag_ in {"NNP", "NNPS"}
    if i not in sent_starts or t.text in mid_caps or t.ent_type_:
        return True
    return nxt in {",", "—", "–", "-", "("}  # a dateline: "Alexandria, Va. —"


def _facility_name_after(toks: list[Token], end_tok: int) -> bool:
    """Whether the capitalised run after a name ends in a facility's head, within five words
    ("Heart of Jesus Cathedral", "Oceanview resort")."""
    for tok in toks[end_tok : end_tok + 6]:
        if tok.text in _FACILITY_AFTER or tok.lower_ in _BUILDING_HEADS:
            return True
        if not (_is_cap(tok.text) or tok.lower_ in ("of", "the", "de", "al", "el")):
            return False
    return False


def _is_word(t: Token) -> bool:
    return t.is_alpha and t.text[:1].isupper()


def _in_org_name(toks: list[Token], i: int, j: int, caps: set[int]) -> bool:
    """Whether tokens ``[i, j)`` sit inside an organisation's name: the complement of "Front
    for ...", "Council of ..." ("Front for Change and Concord"), or the words before a
    capitalised head ("Kachin Independence Army")."""
    k = i - 1
    steps = 0
    while k > 0 and steps < 6:
        t = toks[k]
        if (
            t.lower_ in _ORG_GLUE
            and toks[k - 1].lower_ in _ORG_FOR_HEADS
            and t.lower_
            in {
                "for",
                "of",
                "pour",
                "de",
            }
        ):
            return _is_word(toks[k - 1])
        if not (_is_word(t) or t.lower_ in _ORG_GLUE):
            break
        k -= 1
        steps += 1
    k = j
    while k < len(toks) and k < j + 3 and (_is_word(toks[k]) or k in caps and toks[k].is_alpha):
        if toks[k].lower_ in _ORG_HEADS:
            return True
        k += 1
    return False


#: a city this large is a name in capitals without a word of context
_HUGE_CITY = 1_000_000


def _caps_english_place(cands: list[Candidate], surface: str) -> bool:
    """An English word in all-capitals copy ("A 67-YEAR-OLD MAN") is a place only as a
    country's name ("CHAD", "TURKEY") or a huge city's own: not Amman's alternate "Man"."""
    return any(
        c.tier == MATCH_FOLDED
        and (
            (c.place.feature_code in {"PCLI", "CONT", "RGN"} and (c.main_name or len(surface) > 3))
            or (c.main_name and (c.place.population or 0) >= _HUGE_CITY)
        )
        for c in cands
    )
