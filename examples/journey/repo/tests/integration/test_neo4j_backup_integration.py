"""Integration tests of the dumps: a real process, with a stand-in for neo4j-admin."""

import stat
from datetime import UTC, datetime
from pathlib import Path

import pytest

from components.neo4j import backup
from components.neo4j.backup import BackupError, BackupPlan, newest_dump, run_backup

pytestmark = pytest.mark.integration

# Writes the file named by --to-path=..., or fails like neo4j-admin on a database in use.
FAKE_ADMIN = """#!/bin/sh
for arg in "$@"; do
  case "$arg" in --to-path=*) target="${arg#--to-path=}" ;; esac
done
if [ "$3" = "busy" ]; then echo "database is in use" >&2; exit 1; fi
echo "dump of $3" > "$target"
"""


@pytest.fixture
def fake_admin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    script = tmp_path / "neo4j-admin"
    script.write_text(FAKE_ADMIN)
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setattr(backup, "NEO4J_ADMIN", str(script))
    return script


def test_two_nightly_dumps_and_the_newest(tmp_path: Path, fake_admin: Path):
    plan = BackupPlan("neo4j", tmp_path / "dumps")
    first = run_backup(plan, datetime(2026, 11, 1, 2, 0, tzinfo=UTC))
    second = run_backup(plan, datetime(2026, 11, 2, 2, 0, tzinfo=UTC))
    assert first.read_text() == "dump of neo4j\n"
    assert newest_dump(plan.target_dir, "neo4j") == second


def test_a_failed_dump_is_an_error(tmp_path: Path, fake_admin: Path):
    with pytest.raises(BackupError, match="database is in use"):
        run_backup(BackupPlan("busy", tmp_path))
