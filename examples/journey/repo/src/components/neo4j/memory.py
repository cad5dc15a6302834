"""An in-memory ``GraphBackend`` for tests and local development (no database needed)."""

from __future__ import annotations

from collections.abc import Mapping

from .client import Record, TransientError


class InMemoryGraph:
    """Nodes in a dictionary, with injectable transient failures and outages."""

    def __init__(self) -> None:
        self._nodes: dict[tuple[str, str], Record] = {}
        self._failures_left = 0
        self.down = False

    def fail_next(self, count: int) -> None:
        """Make the next ``count`` operations raise TransientError (a flaky network)."""
        self._failures_left = count

    def upsert(self, label: str, key: str, properties: Mapping[str, object]) -> Record:
        """Create or update the node and return a copy of its properties."""
        self._check()
        node = self._nodes.setdefault((label, key), {"key": key})
        node.update(properties)
        return dict(node)

    def fetch(self, label: str, key: str) -> Record | None:
        """A copy of the node's properties, or None."""
        self._check()
        node = self._nodes.get((label, key))
        return dict(node) if node is not None else None

    def find(self, label: str, filters: Mapping[str, object]) -> list[Record]:
        """Copies of the matching nodes, in key order."""
        self._check()
        found = [
            dict(node)
            for (node_label, _), node in self._nodes.items()
            if node_label == label and all(node.get(k) == v for k, v in filters.items())
        ]
        return sorted(found, key=lambda node: str(node["key"]))

    def delete(self, label: str, key: str) -> bool:
        """Delete the node; True when it existed."""
        self._check()
        return self._nodes.pop((label, key), None) is not None

    def ping(self) -> bool:
        """False while ``down`` is set."""
        self._check()
        return not self.down

    def _check(self) -> None:
        if self._failures_left > 0:
            self._failures_left -= 1
            raise TransientError("connection reset by peer (injected)")
