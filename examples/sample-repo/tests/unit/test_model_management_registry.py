import pytest

from src.components.model_management import ModelRegistry


def test_register_starts_in_dev():
    registry = ModelRegistry()
    entry = registry.register("churn", "1.0.0", {"auc": 0.81})
    assert entry == {"stage": "dev", "metrics": {"auc": 0.81}}


def test_register_twice_fails():
    registry = ModelRegistry()
    registry.register("churn", "1.0.0")
    with pytest.raises(KeyError):
        registry.register("churn", "1.0.0")


def test_promote_one_stage():
    registry = ModelRegistry()
    registry.register("churn", "1.0.0")
    assert registry.promote("ci.promote", "churn", "1.0.0") == "staging"


def test_latest_without_stage_filter():
    registry = ModelRegistry()
    registry.register("churn", "1.0.0")
    registry.register("churn", "1.1.0")
    assert registry.latest("churn") == "1.1.0"


def test_best_by_metric():
    registry = ModelRegistry()
    registry.register("churn", "1.0.0", {"auc": 0.81})
    registry.register("churn", "1.1.0", {"auc": 0.86})
    assert registry.best_by("churn", "auc") == "1.1.0"


def test_latest_in_stage():
    registry = ModelRegistry()
    registry.register("churn", "1.0.0")
    registry.register("churn", "1.1.0")
    registry.promote("ci.promote", "churn", "1.0.0")
    assert registry.latest("churn", stage="staging") == "1.0.0"


def test_archive_removes_all_versions():
    registry = ModelRegistry()
    registry.register("churn", "1.0.0")
    registry.register("churn", "1.1.0")
    assert registry.archive("churn") == 2
    assert registry.latest("churn") is None
