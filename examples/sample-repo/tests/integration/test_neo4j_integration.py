import pytest

from src.components.neo4j import GraphClient, QueryError
from src.components.neo4j.persistence.store import SnapshotStore


@pytest.fixture
def populated():
    client = GraphClient("bolt://graph.local:7687", max_attempts=2)
    for node_id in ("a", "b", "c"):
        client.add_node(node_id, label="Service")
    client.connect("a", "b", kind="CALLS")
    client.connect("c", "a", kind="CALLS")
    client.connect("a", "c", kind="OWNS")
    return client


def test_neighbours_skip_other_sources(populated):
    assert populated.neighbours("a") == ["b", "c"]
    assert populated.neighbours("a", kind="OWNS") == ["c"]


def test_snapshot_round_trip(populated, tmp_path):
    store = SnapshotStore(str(tmp_path))
    store.save(populated, "graph")
    restored = GraphClient("bolt://replica.local:7687")
    assert store.load(restored, "graph") == 6
    assert restored.run("EDGES") == 3
    assert restored.neighbours("a") == populated.neighbours("a")


def test_closed_client_and_bad_query(populated):
    with pytest.raises(QueryError):
        populated.run("DELETE everything")
    populated.close()
    with pytest.raises(QueryError):
        populated.run("COUNT")
