"""`sitrep serve` refuses what it cannot serve before starting a server."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from sitrep.cli.main import cli


def test_serve_refuses_a_missing_store(tmp_path: Path) -> None:
    missing = tmp_path / "none.sqlite"
    result = CliRunner().invoke(cli, ["serve", "--db", str(missing), "--port", "1"])
    assert result.exit_code != 0
    assert "sitrep ingest" in result.stderr and not missing.exists()


def test_serve_help_names_the_token_variable() -> None:
    result = CliRunner().invoke(cli, ["serve", "--help"])
    assert result.exit_code == 0 and "SITREP_API_TOKEN" in result.output
