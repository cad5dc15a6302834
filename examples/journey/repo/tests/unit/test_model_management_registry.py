"""Unit tests of the model registry."""

import pytest

from components.model_management import ModelNotFound, ModelRecord, ModelRegistry
from components.model_management.registry import validate
from components.neo4j import GraphClient, InMemoryGraph


@pytest.fixture
def registry() -> ModelRegistry:
    registry = ModelRegistry(GraphClient(InMemoryGraph()))
    registry.register(ModelRecord("narrator", "1.9.0", "local", 8192))
    registry.register(ModelRecord("narrator", "1.10.0", "local", 16384))
    registry.register(ModelRecord("guide", "2.0.0", "hosted", 32768))
    return registry


def test_get_returns_the_registered_record(registry: ModelRegistry):
    assert registry.get("narrator", "1.10.0") == ModelRecord("narrator", "1.10.0", "local", 16384)


def test_get_unknown_version(registry: ModelRegistry):
    with pytest.raises(ModelNotFound):
        registry.get("narrator", "0.1.0")


def test_versions_are_ordered_numerically(registry: ModelRegistry):
    assert [r.version for r in registry.versions("narrator")] == ["1.9.0", "1.10.0"]


def test_latest_skips_unavailable_versions(registry: ModelRegistry):
    assert registry.latest("narrator").version == "1.10.0"
    registry.deprecate("narrator", "1.10.0")
    assert registry.latest("narrator").version == "1.9.0"


def test_latest_without_available_versions(registry: ModelRegistry):
    registry.retire("guide", "2.0.0")
    with pytest.raises(ModelNotFound, match="no available version"):
        registry.latest("guide")


def test_available_by_provider(registry: ModelRegistry):
    assert [r.key for r in registry.available()] == [
        "guide@2.0.0",
        "narrator@1.9.0",
        "narrator@1.10.0",
    ]
    assert [r.key for r in registry.available("hosted")] == ["guide@2.0.0"]


def test_retire_keeps_the_record(registry: ModelRegistry):
    retired = registry.retire("narrator", "1.9.0")
    assert retired.status == "retired"
    assert registry.get("narrator", "1.9.0").status == "retired"


@pytest.mark.parametrize(
    ("record", "message"),
    [
        (ModelRecord("", "1.0.0", "local", 4096), "non-empty"),
        (ModelRecord("a@b", "1.0.0", "local", 4096), "non-empty"),
        (ModelRecord("narrator", "1.0", "local", 4096), "1.2.3"),
        (ModelRecord("narrator", "1.0.0", "local", 512), "context window"),
        (ModelRecord("narrator", "1.0.0", "local", 4096, "beta"), "status"),
    ],
)
def test_validate_refuses(record: ModelRecord, message: str):
    with pytest.raises(ValueError, match=message):
        validate(record)


def test_from_properties_refuses_other_nodes():
    with pytest.raises(ValueError, match="not a model node"):
        ModelRecord.from_properties({"name": "narrator"})
    with pytest.raises(ValueError, match="not an integer"):
        ModelRecord.from_properties(
            {"name": "n", "version": "1.0.0", "provider": "p", "context_window": "big"}
        )
