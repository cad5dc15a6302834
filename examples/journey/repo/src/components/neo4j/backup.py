"""Database dumps with ``neo4j-admin``, run by the nightly job and before every migration.

The rollback procedure (docs/operations/neo4j_ROLLBACK.md) restores the newest dump.
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

NEO4J_ADMIN = "/usr/bin/neo4j-admin"
DUMP_TIMEOUT_SECONDS = 3600


class BackupError(RuntimeError):
    """neo4j-admin failed; the message carries its last output line."""


@dataclass(frozen=True)
class BackupPlan:
    """One database dumped into a folder of timestamped dumps."""

    database: str
    target_dir: Path

    def dump_path(self, now: datetime) -> Path:
        """Where the dump taken at ``now`` goes: ``<database>-<UTC time>.dump``."""
        stamp = now.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
        return self.target_dir / f"{self.database}-{stamp}.dump"

    def command(self, now: datetime) -> list[str]:
        """The neo4j-admin command line (a list: no shell is involved)."""
        return [
            NEO4J_ADMIN,
            "database",
            "dump",
            self.database,
            f"--to-path={self.dump_path(now)}",
            "--overwrite-destination=false",
        ]


def run_backup(plan: BackupPlan, now: datetime | None = None) -> Path:
    """Dump the database and return the dump's path; raise BackupError when it fails."""
    moment = now or datetime.now(UTC)
    plan.target_dir.mkdir(parents=True, exist_ok=True)
    completed = subprocess.run(
        plan.command(moment),
        capture_output=True,
        text=True,
        check=False,
        timeout=DUMP_TIMEOUT_SECONDS,
    )
    if completed.returncode != 0:
        lines = (completed.stderr or completed.stdout).strip().splitlines()
        raise BackupError(
            f"neo4j-admin exited with {completed.returncode}: {lines[-1] if lines else 'no output'}"
        )
    return plan.dump_path(moment)


def newest_dump(target_dir: Path, database: str) -> Path | None:
    """The most recent dump of the database in the folder, or None."""
    dumps = sorted(target_dir.glob(f"{database}-*.dump"))
    return dumps[-1] if dumps else None
