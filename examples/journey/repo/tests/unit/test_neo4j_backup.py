"""Unit tests of the neo4j-admin dumps (the command is never really run here)."""

from datetime import UTC, datetime
from pathlib import Path

import pytest

from components.neo4j import backup
from components.neo4j.backup import BackupError, BackupPlan, newest_dump, run_backup

NOON = datetime(2026, 11, 2, 12, 0, 0, tzinfo=UTC)


def test_dump_path_is_timestamped_in_utc(tmp_path: Path):
    plan = BackupPlan("neo4j", tmp_path)
    assert plan.dump_path(NOON) == tmp_path / "neo4j-20261102T120000Z.dump"


def test_command_is_a_list_without_shell(tmp_path: Path):
    command = BackupPlan("stories", tmp_path).command(NOON)
    assert command[:4] == [backup.NEO4J_ADMIN, "database", "dump", "stories"]
    assert command[-1] == "--overwrite-destination=false"


def test_run_backup_returns_the_dump(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    calls = []

    def fake_run(command, **kwargs):
        calls.append((command, kwargs))
        return backup.subprocess.CompletedProcess(command, 0, stdout="done", stderr="")

    monkeypatch.setattr(backup.subprocess, "run", fake_run)
    target = tmp_path / "dumps"
    assert run_backup(BackupPlan("neo4j", target), NOON) == target / "neo4j-20261102T120000Z.dump"
    assert target.is_dir()
    assert calls[0][1]["timeout"] == backup.DUMP_TIMEOUT_SECONDS


def test_run_backup_reports_the_last_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(
        backup.subprocess,
        "run",
        lambda command, **kwargs: backup.subprocess.CompletedProcess(
            command, 1, stdout="", stderr="starting\ndatabase is in use\n"
        ),
    )
    with pytest.raises(BackupError, match="exited with 1: database is in use"):
        run_backup(BackupPlan("neo4j", tmp_path), NOON)


def test_newest_dump(tmp_path: Path):
    assert newest_dump(tmp_path, "neo4j") is None
    for stamp in ("20261101T000000Z", "20261102T000000Z"):
        (tmp_path / f"neo4j-{stamp}.dump").write_bytes(b"")
    assert newest_dump(tmp_path, "neo4j") == tmp_path / "neo4j-20261102T000000Z.dump"
