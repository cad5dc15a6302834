"""Which model serves a request: a route per task, with a canary share for a new version.

A route sends ``canary_share`` of its requests (at most half) to ``canary_version`` and the
rest to the newest available version. The draw is not a security decision, so the standard
pseudo-random generator is fine (accepted risk AR-003 in SECURITY_FINDINGS_ACCEPTED_RISKS.md).
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from .registry import ModelNotFound, ModelRecord, ModelRegistry

MAX_CANARY_SHARE = 0.5


@dataclass(frozen=True)
class Route:
    """Which model serves a task."""

    task: str
    model: str
    canary_version: str | None = None
    canary_share: float = 0.0


def parse_routes(config: Mapping[str, Mapping[str, object]]) -> list[Route]:
    """Routes from the ``routes:`` mapping of the agents' config, checked."""
    routes: list[Route] = []
    for task, entry in sorted(config.items()):
        model = entry.get("model")
        if not isinstance(model, str) or not model:
            raise ValueError(f"routes.{task}: model is required")
        canary = entry.get("canary")
        share = entry.get("canary_share", 0.0)
        if not isinstance(share, (int, float)) or not 0.0 <= share <= MAX_CANARY_SHARE:
            raise ValueError(
                f"routes.{task}: canary_share must be between 0 and {MAX_CANARY_SHARE}"
            )
        if share and not isinstance(canary, str):
            raise ValueError(f"routes.{task}: a canary_share needs a canary version")
        routes.append(Route(task, model, canary if isinstance(canary, str) else None, float(share)))
    return routes


class ModelSelector:
    """Picks the model version for each request."""

    def __init__(self, registry: ModelRegistry, routes: Iterable[Route]) -> None:
        self._registry = registry
        self._routes = {route.task: route for route in routes}

    def tasks(self) -> list[str]:
        """The tasks that have a route."""
        return sorted(self._routes)

    def select(self, task: str, roll: float | None = None) -> ModelRecord:
        """The model for one request; ``roll`` (0..1) fixes the canary draw in tests."""
        route = self._routes.get(task)
        if route is None:
            raise LookupError(f"no route for task {task!r}")
        draw = random.random() if roll is None else roll
        if route.canary_version is not None and draw < route.canary_share:
            try:
                canary = self._registry.get(route.model, route.canary_version)
            except ModelNotFound:
                canary = None
            if canary is not None and canary.status == "available":
                return canary
        return self._registry.latest(route.model)
