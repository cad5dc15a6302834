import pytest

from src.components.model_management import ModelRegistry
from src.components.model_management.auth.tokens import AuthError, mint
from src.components.model_management.frontend.view import render_table


def test_promote_all_the_way_then_stop():
    registry = ModelRegistry()
    registry.register("fraud", "2.0.0")
    token = mint("release-bot", "promote")
    assert [registry.promote(token, "fraud", "2.0.0") for _ in range(3)] == [
        "staging",
        "production",
        "production",
    ]
    assert registry.latest("fraud", stage="production") == "2.0.0"


def test_promote_requires_scope():
    registry = ModelRegistry()
    registry.register("fraud", "2.0.0")
    with pytest.raises(AuthError):
        registry.promote(mint("viewer", "read"), "fraud", "2.0.0")


def test_admin_table():
    registry = ModelRegistry()
    registry.register("fraud", "2.0.0")
    registry.register("churn", "1.0.0")
    registry.promote(mint("root", "admin"), "churn", "1.0.0")
    table = render_table(registry.export())
    assert table.splitlines()[1].split() == ["churn", "1.0.0", "staging"]
