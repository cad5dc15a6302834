"""Integration tests: the model registry and selector over the shared graph client."""

import pytest

from components.model_management import ModelRecord, ModelRegistry, ModelSelector, parse_routes
from components.neo4j import GraphClient, InMemoryGraph, Neo4jSettings

pytestmark = pytest.mark.integration


@pytest.fixture
def graph() -> InMemoryGraph:
    return InMemoryGraph()


@pytest.fixture
def registry(graph: InMemoryGraph) -> ModelRegistry:
    client = GraphClient(graph, Neo4jSettings(backoff_seconds=0.0), sleep=lambda _: None)
    registry = ModelRegistry(client)
    for version in ("1.0.0", "1.1.0", "1.2.0"):
        registry.register(ModelRecord("narrator", version, "local", 8192))
    registry.register(ModelRecord("guide", "3.0.0", "hosted", 32768))
    return registry


def test_routes_from_config_select_registered_models(registry: ModelRegistry):
    routes = parse_routes(
        {
            "story": {"model": "narrator", "canary": "1.2.0", "canary_share": 0.25},
            "chat": {"model": "guide"},
        }
    )
    selector = ModelSelector(registry, routes)
    assert selector.select("story", roll=0.9).version == "1.2.0"
    assert selector.select("chat", roll=0.0).key == "guide@3.0.0"


def test_retiring_the_newest_version_moves_traffic_back(registry: ModelRegistry):
    selector = ModelSelector(registry, parse_routes({"story": {"model": "narrator"}}))
    registry.retire("narrator", "1.2.0")
    assert selector.select("story", roll=0.5).version == "1.1.0"


def test_a_retired_canary_gets_no_traffic(registry: ModelRegistry):
    registry.retire("narrator", "1.2.0")
    selector = ModelSelector(
        registry,
        parse_routes({"story": {"model": "narrator", "canary": "1.2.0", "canary_share": 0.5}}),
    )
    assert selector.select("story", roll=0.0).version == "1.1.0"


def test_the_registry_survives_a_flaky_graph(graph: InMemoryGraph, registry: ModelRegistry):
    graph.fail_next(2)
    assert [r.key for r in registry.available("local")] == [
        "narrator@1.0.0",
        "narrator@1.1.0",
        "narrator@1.2.0",
    ]
