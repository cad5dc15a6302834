"""Unit tests of model selection and canary routing."""

import pytest

from components.model_management import (
    ModelRecord,
    ModelRegistry,
    ModelSelector,
    Route,
    parse_routes,
)
from components.neo4j import GraphClient, InMemoryGraph


@pytest.fixture
def registry() -> ModelRegistry:
    registry = ModelRegistry(GraphClient(InMemoryGraph()))
    registry.register(ModelRecord("narrator", "1.0.0", "local", 8192))
    registry.register(ModelRecord("narrator", "1.1.0", "local", 8192))
    return registry


def test_parse_routes():
    routes = parse_routes(
        {
            "story": {"model": "narrator", "canary": "1.1.0", "canary_share": 0.1},
            "chat": {"model": "guide"},
        }
    )
    assert routes == [Route("chat", "guide"), Route("story", "narrator", "1.1.0", 0.1)]


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ({}, "model is required"),
        ({"model": "narrator", "canary_share": 0.9, "canary": "1.1.0"}, "between 0 and 0.5"),
        ({"model": "narrator", "canary_share": "a lot"}, "between 0 and 0.5"),
        ({"model": "narrator", "canary_share": 0.2}, "needs a canary version"),
    ],
)
def test_parse_routes_refuses(entry: dict[str, object], message: str):
    with pytest.raises(ValueError, match=message):
        parse_routes({"story": entry})


def test_select_the_stable_version(registry: ModelRegistry):
    selector = ModelSelector(registry, [Route("story", "narrator", "1.0.0", 0.2)])
    assert selector.select("story", roll=0.5).version == "1.1.0"


def test_select_the_canary(registry: ModelRegistry):
    selector = ModelSelector(registry, [Route("story", "narrator", "1.0.0", 0.2)])
    assert selector.select("story", roll=0.1).version == "1.0.0"


def test_a_missing_canary_falls_back(registry: ModelRegistry):
    selector = ModelSelector(registry, [Route("story", "narrator", "9.9.9", 0.5)])
    assert selector.select("story", roll=0.0).version == "1.1.0"


def test_a_random_draw_without_roll(registry: ModelRegistry):
    selector = ModelSelector(registry, [Route("story", "narrator")])
    assert selector.select("story").version == "1.1.0"


def test_unknown_task(registry: ModelRegistry):
    selector = ModelSelector(registry, [Route("story", "narrator")])
    assert selector.tasks() == ["story"]
    with pytest.raises(LookupError, match="no route"):
        selector.select("chat")
