import pytest

from src.components.neo4j import GraphClient, QueryError


def make_client():
    client = GraphClient("bolt://graph.local:7687")
    client.add_node("a", label="Person")
    client.add_node("b", label="Person")
    return client


def test_rejects_non_bolt_uri():
    with pytest.raises(ValueError):
        GraphClient("http://graph.local")


def test_add_node_merges_properties():
    client = make_client()
    client.add_node("a", age=42)
    assert client.nodes["a"] == {"label": "Person", "age": 42}


def test_connect_and_neighbours():
    client = make_client()
    client.connect("a", "b", kind="KNOWS")
    assert client.neighbours("a") == ["b"]
    assert client.neighbours("a", kind="LIKES") == []


def test_connect_unknown_node():
    client = make_client()
    with pytest.raises(QueryError):
        client.connect("a", "zzz")


def test_run_count_query():
    client = make_client()
    assert client.run("COUNT nodes") == 2


def test_run_unsupported_query():
    client = make_client()
    with pytest.raises(QueryError):
        client.run("MERGE (n)")


def test_close_marks_client_closed():
    client = make_client()
    client.close()
    assert client.closed
