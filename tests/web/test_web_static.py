"""The static page's files, checked without a browser: CSP, no inline script, vendored licences."""

from __future__ import annotations

import re

from sitrep.web import INDEX_HTML, STATIC_DIR


def test_csp_forbids_inline_scripts_and_the_page_has_none() -> None:
    html = INDEX_HTML.read_text(encoding="utf-8")
    csp = re.search(r'http-equiv="Content-Security-Policy"\s+content="([^"]+)"', html)
    assert csp is not None
    policy = {d.split()[0]: d.split()[1:] for d in csp.group(1).split(";") if d.strip()}
    assert policy["script-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    scripts = re.findall(r"<script([^>]*)>(.*?)</script>", html, flags=re.S)
    assert scripts and all('src="/static/' in attrs and not body.strip() for attrs, body in scripts)
    assert not re.search(r"\son[a-z]+=", html)  # no inline event handlers
    assert "//cdn" not in html and "http://" not in html


def test_every_referenced_static_file_exists_with_its_licence() -> None:
    html = INDEX_HTML.read_text(encoding="utf-8")
    refs = re.findall(r'(?:src|href)="/static/([^"]+)"', html)
    assert refs
    for ref in refs:
        assert (STATIC_DIR / ref).is_file(), ref
    for folder in (STATIC_DIR / "vendor").iterdir():
        if folder.is_dir():
            assert (folder / "LICENSE").is_file(), folder.name


def test_app_js_never_writes_html_from_data() -> None:
    js = (STATIC_DIR / "app.js").read_text(encoding="utf-8")
    code = re.sub(r"/\*.*?\*/|//[^\n]*", "", js, flags=re.S)
    assert "innerHTML" not in code and "outerHTML" not in code
    assert "insertAdjacentHTML" not in code and "document.write" not in code
    assert "eval(" not in code and "new Function" not in code
