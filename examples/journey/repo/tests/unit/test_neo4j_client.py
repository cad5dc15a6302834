"""Unit tests of the graph client: settings, retries and health."""

import pytest

from components.neo4j import GraphClient, InMemoryGraph, Neo4jSettings, TransientError


def make_client(attempts: int = 3) -> tuple[GraphClient, InMemoryGraph, list[float]]:
    graph = InMemoryGraph()
    waits: list[float] = []
    client = GraphClient(
        graph, Neo4jSettings(max_attempts=attempts, backoff_seconds=0.1), sleep=waits.append
    )
    return client, graph, waits


class TestSettings:
    def test_defaults_without_environment(self):
        settings = Neo4jSettings.from_env({})
        assert settings.uri == "bolt://localhost:7687"
        assert settings.user == "neo4j"
        assert settings.max_attempts == 3

    def test_reads_the_environment(self):
        env = {
            "NEO4J_URI": "neo4j+s://graph.internal:7687",
            "NEO4J_USER": "tta",
            "NEO4J_DATABASE": "stories",
            "NEO4J_MAX_ATTEMPTS": "5",
        }
        settings = Neo4jSettings.from_env(env)
        assert (settings.uri, settings.user, settings.database, settings.max_attempts) == (
            "neo4j+s://graph.internal:7687",
            "tta",
            "stories",
            5,
        )

    def test_refuses_other_schemes(self):
        with pytest.raises(ValueError, match="NEO4J_URI"):
            Neo4jSettings.from_env({"NEO4J_URI": "http://localhost:7474"})

    def test_refuses_zero_attempts(self):
        with pytest.raises(ValueError, match="at least 1"):
            Neo4jSettings.from_env({"NEO4J_MAX_ATTEMPTS": "0"})


class TestRetries:
    def test_retries_transient_failures_with_growing_waits(self):
        client, graph, waits = make_client()
        graph.fail_next(2)
        assert (
            client.upsert("Story", "garden", {"title": "The Quiet Garden"})["title"]
            == "The Quiet Garden"
        )
        assert waits == [0.1, 0.2]

    def test_gives_up_after_the_last_attempt(self):
        client, graph, waits = make_client(attempts=2)
        graph.fail_next(5)
        with pytest.raises(TransientError):
            client.fetch("Story", "garden")
        assert waits == [0.1]

    def test_settings_are_exposed(self):
        client, _, _ = make_client(attempts=4)
        assert client.settings.max_attempts == 4


class TestOperations:
    def test_upsert_fetch_find_delete(self):
        client, _, _ = make_client()
        client.upsert("Story", "a", {"genre": "calm"})
        client.upsert("Story", "b", {"genre": "calm"})
        client.upsert("Story", "c", {"genre": "quest"})
        assert [n["key"] for n in client.find("Story", genre="calm")] == ["a", "b"]
        assert client.fetch("Story", "c") == {"key": "c", "genre": "quest"}
        assert client.delete("Story", "c") is True
        assert client.delete("Story", "c") is False
        assert client.fetch("Story", "c") is None


class TestHealth:
    def test_healthy(self):
        client, _, _ = make_client()
        assert client.health() == {
            "status": "healthy",
            "database": "neo4j",
            "uri": "bolt://localhost:7687",
        }

    def test_down(self):
        client, graph, _ = make_client()
        graph.down = True
        assert client.health()["status"] == "unhealthy"

    def test_unreachable(self):
        client, graph, _ = make_client(attempts=1)
        graph.fail_next(1)
        assert client.health()["status"] == "unhealthy"
