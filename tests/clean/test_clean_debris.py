"""Debris detection on each dump format, with the widget payload harvested."""

from __future__ import annotations

import pytest

from sitrep.clean import find_debris, find_php_dumps, keep_regions

VAR_DUMP = """array(2) {
  [0]=>
  array(3) {
    ["id"]=>
    string(3) "101"
    ["title"]=>
    string(23) "Convoy hit near "Idlib""
    ["url"]=>
    string(5) "/a/1?"
  }
  [1]=>
  object(stdClass)#2 (2) {
    ["id"]=>
    int(102)
    ["title":protected]=>
    string(12) "Talks resume"
  }
}"""
PRINT_R_INLINE = (
    "Array ( [0] => Array ( [id] => 201 [title] => Ceasefire (partial) holds [link] => /b ) )"
)
VAR_EXPORT = """array (
  0 =>
  array (
    'id' => 301,
    'headline' => 'Mayor\\'s office shelled',
    'image' => '/p/301.jpg',
  ),
)"""


@pytest.mark.parametrize(
    ("dump", "expected"),
    [
        (VAR_DUMP, [("101", 'Convoy hit near "Idlib"', "/a/1?"), ("102", "Talks resume", None)]),
        (PRINT_R_INLINE, [("201", "Ceasefire (partial) holds", "/b")]),
        (VAR_EXPORT, [("301", "Mayor's office shelled", None)]),
    ],
)
def test_php_dump_formats(dump: str, expected: list[tuple[str, str, str | None]]) -> None:
    text = f"Before the dump.\n{dump}\nAfter the dump."
    spans, related = find_debris(text)
    assert [(text[s:e], k) for s, e, k in spans] == [(dump, "php_dump")]
    assert [(r.id, r.title, r.url) for r in related] == expected


def test_var_dump_string_length_counts_utf8_bytes() -> None:
    body = '[{"id":"9","title":"Jarablus \u2013 al-Ra\u02bfi"}]'
    dump = f'string({len(body.encode())}) "{body}"'
    [found] = find_php_dumps(f"x {dump} y")
    assert found.readable and found.end - found.start == len(dump)
    assert found.value == [{"id": "9", "title": "Jarablus \u2013 al-Ra\u02bfi"}]


def test_var_dump_with_wrong_length_falls_back_to_json_end() -> None:
    text = 'Body.\nstring(999) "[{"id":"1","title":"A b"}]"\nMore body.'
    spans, related = find_debris(text)
    assert [text[s:e] for s, e, _ in spans] == ['string(999) "[{"id":"1","title":"A b"}]"']
    assert [r.id for r in related] == ["1"]


def test_inline_json_object_and_js_assignment() -> None:
    text = (
        'He said the talks failed. {"widget": {"items": [{"id": 5, "title": "T", "link": "/x"}]}}\n'
        'window.__STATE__ = {"a": [1, 2]};\nEnd of story.'
    )
    spans, related = find_debris(text)
    assert [k for _, _, k in spans] == ["json_blob", "script"]
    assert [(r.id, r.url) for r in related] == [("5", "/x")]
    kept = "".join(text[s:e] for s, e in keep_regions(text, spans))
    assert kept == "He said the talks failed.\nEnd of story."


@pytest.mark.parametrize(
    "line",
    [
        "Share this article", "Share on Facebook | Twitter | WhatsApp", "READ MORE »",
        "Related Articles", "Advertisement", "Click here to read the full report",
        "Home | World | Middle East | Sport | Opinion", "Copyright © 2016 Daily Example",
        "Tags: Syria, Aleppo, ISIS", "Skip to main content", "You may also like",
        "This site uses cookies. By continuing to browse you agree to our cookie policy.",
    ],
)  # fmt: skip
def test_boilerplate_lines(line: str) -> None:
    text = f"First paragraph of the story.\n{line}\nSecond paragraph."
    spans, _ = find_debris(text)
    assert [text[s:e] for s, e, _ in spans] == [line]


@pytest.mark.parametrize(
    "line",
    [
        "Share prices fell in Damascus after the announcement.",
        "Related talks in Geneva stalled.",
        "Read the statement, he told reporters.",
        "Home to 50,000 people, the town was shelled.",
        "Cookies were handed out to children at the camp.",
        "Array of weapons seized, police said.",
    ],
)
def test_prose_that_resembles_boilerplate_is_kept(line: str) -> None:
    spans, related = find_debris(f"Intro.\n{line}\nOutro.")
    assert spans == [] and related == []
