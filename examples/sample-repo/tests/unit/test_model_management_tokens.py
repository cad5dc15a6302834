import pytest

from src.components.model_management.auth.tokens import AuthError, parse_token, require_scope


def test_parse_token_splits_scopes():
    assert parse_token("ci.read+promote") == ("ci", {"read", "promote"})
    assert parse_token("ci.read++") == ("ci", {"read"})


def test_malformed_token():
    with pytest.raises(AuthError):
        parse_token("no-dot")


def test_require_scope_granted():
    assert require_scope("ci.promote", "promote") == "ci"
