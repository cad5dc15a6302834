"""The graph client every component uses to reach Neo4j.

Components talk to a ``GraphBackend`` (the official driver in staging and production, an
``InMemoryGraph`` in tests and local development) through ``GraphClient``, which retries
transient failures with a bounded exponential backoff, so a leader election in the cluster
does not surface as an error to a player.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Protocol, TypeVar

Record = dict[str, object]
T = TypeVar("T")

_SCHEMES = ("bolt://", "neo4j://", "neo4j+s://")


class TransientError(Exception):
    """A failure worth retrying: a lost connection, a leader switch, a deadlock."""


class GraphBackend(Protocol):
    """What the client needs from a backend: keyed nodes under a label."""

    def upsert(self, label: str, key: str, properties: Mapping[str, object]) -> Record:
        """Create or update the node ``label``/``key`` and return all its properties."""
        ...

    def fetch(self, label: str, key: str) -> Record | None:
        """The node's properties, or None when there is no such node."""
        ...

    def find(self, label: str, filters: Mapping[str, object]) -> list[Record]:
        """Every node of the label whose properties equal all the filters."""
        ...

    def delete(self, label: str, key: str) -> bool:
        """Delete the node; True when it existed."""
        ...

    def ping(self) -> bool:
        """Whether the database answers."""
        ...


@dataclass(frozen=True)
class Neo4jSettings:
    """Where the database is and how hard to try before giving up."""

    uri: str = "bolt://localhost:7687"
    user: str = "neo4j"
    database: str = "neo4j"
    max_attempts: int = 3
    backoff_seconds: float = 0.2

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> Neo4jSettings:
        """Read the settings from ``NEO4J_*`` environment variables."""
        uri = env.get("NEO4J_URI", cls.uri)
        if not uri.startswith(_SCHEMES):
            raise ValueError(f"NEO4J_URI must start with one of {', '.join(_SCHEMES)}, not {uri!r}")
        attempts = int(env.get("NEO4J_MAX_ATTEMPTS", str(cls.max_attempts)))
        if attempts < 1:
            raise ValueError("NEO4J_MAX_ATTEMPTS must be at least 1")
        return cls(
            uri=uri,
            user=env.get("NEO4J_USER", cls.user),
            database=env.get("NEO4J_DATABASE", cls.database),
            max_attempts=attempts,
        )


class GraphClient:
    """Keyed node operations with retries of transient failures."""

    def __init__(
        self,
        backend: GraphBackend,
        settings: Neo4jSettings | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._backend = backend
        self._settings = settings or Neo4jSettings()
        self._sleep = sleep

    @property
    def settings(self) -> Neo4jSettings:
        """The settings the client was made with."""
        return self._settings

    def upsert(self, label: str, key: str, properties: Mapping[str, object]) -> Record:
        """Create or update a node; see ``GraphBackend.upsert``."""
        return self._retrying(lambda: self._backend.upsert(label, key, properties))

    def fetch(self, label: str, key: str) -> Record | None:
        """A node's properties, or None."""
        return self._retrying(lambda: self._backend.fetch(label, key))

    def find(self, label: str, **filters: object) -> list[Record]:
        """The nodes of a label matching every filter."""
        return self._retrying(lambda: self._backend.find(label, filters))

    def delete(self, label: str, key: str) -> bool:
        """Delete a node; True when it existed."""
        return self._retrying(lambda: self._backend.delete(label, key))

    def health(self) -> Record:
        """The health report served on the component's /health endpoint."""
        try:
            up = self._retrying(self._backend.ping)
        except TransientError:
            up = False
        return {
            "status": "healthy" if up else "unhealthy",
            "database": self._settings.database,
            "uri": self._settings.uri,
        }

    def _retrying(self, operation: Callable[[], T]) -> T:
        delay = self._settings.backoff_seconds
        for attempt in range(1, self._settings.max_attempts + 1):
            try:
                return operation()
            except TransientError:
                if attempt == self._settings.max_attempts:
                    raise
                self._sleep(delay)
                delay *= 2
        raise ValueError("max_attempts must be at least 1")
