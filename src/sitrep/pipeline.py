"""The pipeline: ingest → clean → nlp → extract → consolidate, as one reusable object.

Stages are looked up by registry name (spaCy style), and the heavy ones (the spaCy model, the
gazetteer, the knowledge base) are injectable, so tests and users can swap them without
monkeypatching. The CLI, the store and the API are thin layers over :class:`Pipeline`.
"""

from __future__ import annotations

import collections
import datetime as dt
import hashlib
import multiprocessing as mp
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from .clean import CleanDocument, clean_document
from .errors import InputError
from .extract.kb import KnowledgeBase, load_kb
from .extract.report import Extraction, extract
from .geo.gazetteer import Gazetteer, default_gazetteer
from .ingest import ItemError, looks_like_html
from .models import RawDocument, Report, content_id
from .nlp import DEFAULT_MODEL, load_nlp

__all__ = ["Pipeline", "process", "Result"]

Result = tuple[Report, CleanDocument | None]


class Pipeline:
    """Turns raw documents into :class:`~sitrep.models.Report` objects with coded events."""

    def __init__(
        self,
        *,
        nlp: Any = None,
        gazetteer: Gazetteer | None = None,
        kb: KnowledgeBase | None = None,
        cleaner: Callable[[RawDocument], CleanDocument] = clean_document,
        model: str = DEFAULT_MODEL,
    ) -> None:
        self._nlp = nlp
        self._gazetteer = gazetteer
        self._kb = kb
        self._cleaner = cleaner
        self._model = model

    @property
    def nlp(self) -> Any:
        if self._nlp is None:
            self._nlp = load_nlp(self._model)
        return self._nlp

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            self._gazetteer = default_gazetteer()
        return self._gazetteer

    @property
    def kb(self) -> KnowledgeBase:
        if self._kb is None:
            self._kb = load_kb()
        return self._kb

    def warm(self) -> None:
        """Load every heavy resource now (so progress bars time the work, not the loading).

        That includes what extraction would otherwise build on first use: the knowledge
        base's alias patterns (compiled lazily, ~2 s) and the sub-type classifier (~1 s).
        Forked workers inherit all of it, instead of each paying it again on its first article.
        """
        _ = self.nlp, self.gazetteer
        from .extract.report import prepare

        prepare(self.kb)

    def __call__(
        self,
        text_or_html: str,
        published: dt.datetime | dt.date | str | None = None,
        url: str | None = None,
        title: str | None = None,
    ) -> Report:
        """Process one article given as a string (plain text or HTML)."""
        if isinstance(published, str):
            published = dt.datetime.fromisoformat(published)
        elif isinstance(published, dt.date) and not isinstance(published, dt.datetime):
            published = dt.datetime(published.year, published.month, published.day)
        raw = RawDocument(
            origin="<string>",
            content=text_or_html,
            content_type="html" if looks_like_html(text_or_html) else "text",
            published=published,
            url=url,
            title=title,
        )
        report, _ = next(self.pipe([raw], raise_errors=True))
        return report

    def pipe(
        self,
        items: Iterable[RawDocument | ItemError],
        *,
        batch_size: int = 16,
        n_process: int = 1,
        raise_errors: bool = False,
    ) -> Iterator[Result]:
        """Process a stream in order; a bad item becomes a Report with ``error`` set and the run goes on.

        ``n_process`` > 1 parses *and extracts* in that many forked worker processes (where the
        platform can fork; elsewhere spaCy's own multiprocessing parses and extraction stays
        here); cleaning stays in this process, and the output order is the input order.
        """
        if n_process > 1 and "fork" in mp.get_all_start_methods():
            yield from self._pipe_forked(items, batch_size, n_process, raise_errors)
            return
        pending: collections.deque[tuple[int, RawDocument, CleanDocument] | Report] = (
            collections.deque()
        )

        def texts() -> Iterator[tuple[str, int]]:
            for seq, entry in enumerate(self._cleaned(items, raise_errors)):
                pending.append(entry if isinstance(entry, Report) else (seq, *entry))
                if not isinstance(entry, Report):
                    yield entry[1].text, seq

        for doc, seq in self.nlp.pipe(
            texts(), as_tuples=True, batch_size=batch_size, n_process=n_process
        ):
            while pending:
                entry = pending.popleft()
                if isinstance(entry, Report):
                    yield entry, None
                    continue
                if entry[0] != seq:  # cannot happen: spaCy keeps order
                    raise RuntimeError("spaCy returned documents out of order")
                raw, clean = entry[1], entry[2]
                published = raw.published or clean.published
                if raise_errors:
                    found: Extraction | str = extract(
                        doc, published=published, kb=self.kb, gazetteer=self.gazetteer
                    )
                else:
                    found = _safe_extract(doc, published, self.kb, self.gazetteer)
                if isinstance(found, str):
                    yield _failed(raw.origin, found, raw.given_id), None
                else:
                    yield self._report(raw, clean, found), clean
                break
        while pending:  # failures after the last good item
            entry = pending.popleft()
            if isinstance(entry, Report):
                yield entry, None

    def _cleaned(
        self, items: Iterable[RawDocument | ItemError], raise_errors: bool
    ) -> Iterator[tuple[RawDocument, CleanDocument] | Report]:
        """Each item cleaned, or the failed Report it becomes."""
        for item in items:
            if isinstance(item, ItemError):
                if raise_errors:
                    raise item.error
                yield _failed(item.origin, item.reason)
                continue
            try:
                clean = self._cleaner(item)
            except InputError as exc:
                if raise_errors:
                    raise
                yield _failed(item.origin, str(exc), item.given_id)
                continue
            yield item, clean

    def _pipe_forked(
        self,
        items: Iterable[RawDocument | ItemError],
        batch_size: int,
        n_process: int,
        raise_errors: bool,
    ) -> Iterator[Result]:
        """``pipe`` with parsing and extraction in forked workers, a batch per task.

        Extraction costs about a third of parsing; left in this process it competed with the
        parsing workers for the same cores and Docs had to be shipped back as bytes, so two
        processes gained little. Workers inherit the loaded model, gazetteer and knowledge base
        by forking (the gazetteer opens its own connection per process) and send back only the
        extracted fields. At most two batches per worker are in flight, so a stream of any
        length is read as it is consumed.
        """
        self.warm()
        chunks: collections.deque[tuple[list[tuple[RawDocument, CleanDocument] | Report], Any]]
        chunks = collections.deque()

        def ready() -> Iterator[Result]:
            batch, job = chunks.popleft()
            found = iter(job.get() if job is not None else ())
            for entry in batch:
                if isinstance(entry, Report):
                    yield entry, None
                    continue
                result = next(found)
                if isinstance(result, str):
                    if raise_errors:
                        raise RuntimeError(f"{entry[0].origin}: {result}")
                    yield _failed(entry[0].origin, result, entry[0].given_id), None
                else:
                    yield self._report(entry[0], entry[1], result), entry[1]

        pool = mp.get_context("fork").Pool(n_process, initializer=_init_worker, initargs=(self,))
        try:
            batch: list[tuple[RawDocument, CleanDocument] | Report] = []
            good = 0
            for entry in self._cleaned(items, raise_errors):
                batch.append(entry)
                good += not isinstance(entry, Report)
                if good < batch_size:
                    continue
                chunks.append((batch, self._submit(pool, batch)))
                batch, good = [], 0
                while len(chunks) > 2 * n_process:
                    yield from ready()
            if batch:
                chunks.append((batch, self._submit(pool, batch)))
            while chunks:
                yield from ready()
            pool.close()
        finally:
            pool.terminate()
            pool.join()

    @staticmethod
    def _submit(pool: Any, batch: list[tuple[RawDocument, CleanDocument] | Report]) -> Any:
        work = [
            (e[1].text, e[0].published or e[1].published)
            for e in batch
            if not isinstance(e, Report)
        ]
        return pool.apply_async(_extract_batch, (work,)) if work else None

    def _report(self, raw: RawDocument, clean: CleanDocument, found: Extraction) -> Report:
        published = raw.published or clean.published
        return Report(
            id=content_id(clean.text),
            external_id=raw.given_id,
            origin=raw.origin,
            url=raw.url or clean.url,
            outlet=clean.outlet,
            title=raw.title or clean.title,
            published=published,
            language="en",
            text=clean.text,
            related=clean.related,
            places=found.places,
            actors=found.actors,
            sources=found.sources,
            hedges=found.hedges,
            displacement=found.displacement,
            events=found.events,
            ingested_at=dt.datetime.now(dt.UTC).replace(tzinfo=None),
        )


_worker: Pipeline | None = None


def _init_worker(pipeline: Pipeline) -> None:
    """Runs in each forked worker: the pipeline arrives by fork, not by pickling."""
    global _worker
    _worker = pipeline


def _extract_batch(work: list[tuple[str, dt.datetime | None]]) -> list[Extraction | str]:
    """Parse and extract one batch in a worker; only the extracted fields travel back."""
    p = _worker
    if p is None:  # pragma: no cover - only reachable if called outside a worker
        raise RuntimeError("not in a pipeline worker")
    docs = p.nlp.pipe([text for text, _ in work], batch_size=len(work))
    return [
        _safe_extract(doc, published, p.kb, p.gazetteer)
        for doc, (_, published) in zip(docs, work, strict=True)
    ]


def _safe_extract(
    doc: Any, published: dt.datetime | None, kb: Any, gazetteer: Any
) -> Extraction | str:
    """Extraction, or the reason it failed: a bug on one article must not end a run of
    thousands; the article is reported with the error and the run goes on."""
    try:
        return extract(doc, published=published, kb=kb, gazetteer=gazetteer)
    except Exception as exc:  # noqa: BLE001 - any bug in a rule becomes that item's error
        return (
            f"extraction failed ({type(exc).__name__}: {exc}); this is a bug in sitrep, "
            "please report it with the input"
        )


def _failed(origin: str, reason: str, given_id: str | None = None) -> Report:
    digest = hashlib.sha256(f"{origin}\0{reason}".encode()).hexdigest()[:16]
    return Report(id=f"err-{digest}", external_id=given_id, origin=origin, text="", error=reason)


def contract(report: Report, clean: CleanDocument | None) -> dict[str, Any]:
    """The ``sitrep extract`` JSON object, with offsets mapped back into the input as given.

    For plain-text input every ``start``/``end`` points into the original text; for HTML input
    (no character map exists) they point into the extracted ``text``.
    """
    data = report.to_contract()
    if report.error is not None:
        return {
            "id": report.external_id or report.origin,
            "origin": report.origin,
            "error": report.error,
        }
    if report.external_id is not None:
        data["id"] = report.external_id
        data["content_id"] = report.id
    if clean is not None and clean.segments:
        _map_offsets(data, clean)
        data["offsets"] = "input"
    else:
        data["offsets"] = "text"
    return data


def _map_offsets(node: Any, clean: CleanDocument) -> None:
    if isinstance(node, dict):
        if isinstance(node.get("start"), int) and isinstance(node.get("end"), int):
            s, e = node["start"], node["end"]
            rs = clean.to_raw_offset(s)
            re_ = clean.to_raw_offset(e - 1) if e > s else rs
            if rs is not None and re_ is not None:
                node["start"], node["end"] = rs, re_ + (1 if e > s else 0)
        for key, value in node.items():
            if key != "text" or not isinstance(value, str):
                _map_offsets(value, clean)
    elif isinstance(node, list):
        for value in node:
            _map_offsets(value, clean)


_default: Pipeline | None = None


def process(
    text_or_html: str, published: dt.datetime | dt.date | str | None = None, url: str | None = None
) -> Report:
    """Process one article with a shared default :class:`Pipeline` (loaded on first use)."""
    global _default
    if _default is None:
        _default = Pipeline()
    return _default(text_or_html, published=published, url=url)
