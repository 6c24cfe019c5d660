from __future__ import annotations

import sitrep


def test_public_api_is_small_and_explicit() -> None:
    assert {"process", "Pipeline", "Report", "Event", "SitrepError", "InputError"} <= set(
        sitrep.__all__
    )
    for name in sitrep.__all__:
        assert hasattr(sitrep, name), name


def test_errors_share_one_base() -> None:
    for name in sitrep.__all__:
        obj = getattr(sitrep, name)
        if isinstance(obj, type) and issubclass(obj, Exception):
            assert issubclass(obj, sitrep.SitrepError)


def test_process_a_string(pipeline: sitrep.Pipeline) -> None:
    report = pipeline(
        "Suspected jihadists killed 12 villagers in an attack on Baga on Sunday, officials said.",
        published="2021-03-02",
    )
    assert report.events
    e = report.events[0]
    assert e.event_type == "Violence against civilians"
    assert e.date is not None and e.date.isoformat() == "2021-02-28"
    assert e.fatalities is not None and e.fatalities.best == 12
