"""The catalogue of language models the agents may use, kept in the graph as ``Model`` nodes."""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace

from components.neo4j import GraphClient

LABEL = "Model"
STATUSES = ("available", "deprecated", "retired")
MIN_CONTEXT_WINDOW = 1024
_VERSION = re.compile(r"^(\d+)\.(\d+)\.(\d+)$")

log = logging.getLogger(__name__)


class ModelNotFound(LookupError):
    """No model with that name (and version) is registered."""


@dataclass(frozen=True)
class ModelRecord:
    """One version of one model, as the registry stores it."""

    name: str
    version: str
    provider: str
    context_window: int
    status: str = "available"

    @property
    def key(self) -> str:
        """The node key: ``name@version``."""
        return f"{self.name}@{self.version}"

    def version_tuple(self) -> tuple[int, int, int]:
        """The version as numbers, for ordering (``1.10.0`` comes after ``1.9.0``)."""
        match = _VERSION.match(self.version)
        if match is None:
            raise ValueError(f"{self.key}: the version must look like 1.2.3")
        major, minor, patch = (int(part) for part in match.groups())
        return major, minor, patch

    def to_properties(self) -> dict[str, object]:
        """The node's properties."""
        return {
            "name": self.name,
            "version": self.version,
            "provider": self.provider,
            "context_window": self.context_window,
            "status": self.status,
        }

    @classmethod
    def from_properties(cls, properties: Mapping[str, object]) -> ModelRecord:
        """Rebuild a record from a node, refusing nodes that are not models."""
        try:
            window = properties["context_window"]
            if not isinstance(window, int):
                raise TypeError("context_window is not an integer")
            return cls(
                name=str(properties["name"]),
                version=str(properties["version"]),
                provider=str(properties["provider"]),
                context_window=window,
                status=str(properties.get("status", "available")),
            )
        except (KeyError, TypeError) as error:
            raise ValueError(f"not a model node: {error}") from error


def validate(record: ModelRecord) -> None:
    """Raise ValueError when the record cannot be registered."""
    if not record.name or "@" in record.name:
        raise ValueError("a model name is non-empty and has no '@'")
    record.version_tuple()
    if record.context_window < MIN_CONTEXT_WINDOW:
        raise ValueError(
            f"{record.key}: a context window below {MIN_CONTEXT_WINDOW} tokens is not usable"
        )
    if record.status not in STATUSES:
        raise ValueError(f"{record.key}: status must be one of {', '.join(STATUSES)}")


class ModelRegistry:
    """Register, look up and retire models."""

    def __init__(self, graph: GraphClient) -> None:
        self._graph = graph

    def register(self, record: ModelRecord) -> ModelRecord:
        """Add or replace a model version."""
        validate(record)
        self._graph.upsert(LABEL, record.key, record.to_properties())
        log.info("registered model %s", record.key)
        return record

    def get(self, name: str, version: str) -> ModelRecord:
        """One version of a model."""
        node = self._graph.fetch(LABEL, f"{name}@{version}")
        if node is None:
            raise ModelNotFound(f"{name}@{version}")
        return ModelRecord.from_properties(node)

    def versions(self, name: str) -> list[ModelRecord]:
        """Every registered version of a model, oldest first."""
        records = [ModelRecord.from_properties(node) for node in self._graph.find(LABEL, name=name)]
        return sorted(records, key=ModelRecord.version_tuple)

    def available(self, provider: str | None = None) -> list[ModelRecord]:
        """The models that may serve requests, optionally from one provider."""
        filters: dict[str, object] = {"status": "available"}
        if provider is not None:
            filters["provider"] = provider
        records = [ModelRecord.from_properties(node) for node in self._graph.find(LABEL, **filters)]
        return sorted(records, key=lambda r: (r.name, r.version_tuple()))

    def latest(self, name: str) -> ModelRecord:
        """The newest available version of a model."""
        usable = [r for r in self.versions(name) if r.status == "available"]
        if not usable:
            raise ModelNotFound(f"{name} has no available version")
        return usable[-1]

    def deprecate(self, name: str, version: str) -> ModelRecord:
        """Keep serving a version but steer new routes away from it."""
        return self._set_status(name, version, "deprecated")

    def retire(self, name: str, version: str) -> ModelRecord:
        """Stop serving a version (retiring a retired version changes nothing)."""
        current = self.get(name, version)
        previous = current.status
        if current.status == "retired":
            return current
        return self._set_status(name, version, "retired")

    def _set_status(self, name: str, version: str, status: str) -> ModelRecord:
        record = replace(self.get(name, version), status=status)
        self._graph.upsert(LABEL, record.key, {"status": status})
        log.info("%s is now %s", record.key, status)
        return record
