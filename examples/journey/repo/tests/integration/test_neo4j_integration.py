"""Integration tests of the graph client with the in-memory backend other components use."""

import pytest

from components.neo4j import GraphClient, InMemoryGraph, Neo4jSettings, TransientError

pytestmark = pytest.mark.integration


def test_components_share_one_graph():
    graph = InMemoryGraph()
    writer = GraphClient(graph)
    reader = GraphClient(graph, Neo4jSettings(database="neo4j"))
    writer.upsert("Model", "narrator@1.0.0", {"status": "available"})
    writer.upsert("PlayerSession", "s1", {"story_id": "garden"})
    assert reader.find("Model", status="available") == [
        {"key": "narrator@1.0.0", "status": "available"}
    ]
    assert reader.fetch("PlayerSession", "s1") == {"key": "s1", "story_id": "garden"}


def test_a_flaky_network_is_absorbed():
    graph = InMemoryGraph()
    waits: list[float] = []
    client = GraphClient(
        graph, Neo4jSettings(max_attempts=4, backoff_seconds=0.05), sleep=waits.append
    )
    graph.fail_next(3)
    client.upsert("Story", "garden", {"title": "The Quiet Garden"})
    assert waits == [0.05, 0.1, 0.2]
    assert client.delete("Story", "garden") is True


def test_an_outage_is_reported_not_raised():
    graph = InMemoryGraph()
    client = GraphClient(graph, Neo4jSettings(max_attempts=2), sleep=lambda _: None)
    graph.fail_next(10)
    assert client.health()["status"] == "unhealthy"
    with pytest.raises(TransientError):
        client.find("Story")


def test_settings_from_the_staging_environment():
    settings = Neo4jSettings.from_env(
        {"NEO4J_URI": "neo4j://staging-graph:7687", "NEO4J_MAX_ATTEMPTS": "5"}
    )
    client = GraphClient(InMemoryGraph(), settings)
    assert client.health() == {
        "status": "healthy",
        "database": "neo4j",
        "uri": "neo4j://staging-graph:7687",
    }
