"""Unit tests of stories and player sessions."""

import pytest

from components.neo4j import GraphClient, InMemoryGraph
from components.player_experience.sessions import (
    STORIES,
    InvalidChoice,
    SessionNotFound,
    SessionStore,
)


@pytest.fixture
def store() -> SessionStore:
    return SessionStore(GraphClient(InMemoryGraph()), clock=lambda: "2026-11-20T10:00:00+00:00")


def test_catalogue_is_sorted_by_title(store: SessionStore):
    assert [s["title"] for s in store.catalogue()] == ["The Lighthouse Keeper", "The Quiet Garden"]


def test_every_choice_leads_to_a_scene():
    for story in STORIES.values():
        for scene in story.scenes.values():
            for choice in scene.choices:
                assert choice.next_scene in story.scenes


def test_start_and_reload(store: SessionStore):
    session = store.start("player-1", "garden")
    assert session.scene_id == "gate"
    assert store.get(session.id) == session
    assert store.count() == 1


def test_start_refuses_bad_input(store: SessionStore):
    with pytest.raises(ValueError, match="player_id"):
        store.start("  ", "garden")
    with pytest.raises(KeyError):
        store.start("player-1", "castle")


def test_choices_move_through_the_story(store: SessionStore):
    session = store.start("player-1", "lighthouse")
    session = store.choose(session.id, "climb")
    session = store.choose(session.id, "rest")
    assert session.history == ["shore:climb", "lamp:rest"]
    view = store.view(session)
    assert view["finished"] is True
    with pytest.raises(InvalidChoice, match="over"):
        store.choose(session.id, "rest")


def test_a_choice_not_offered(store: SessionStore):
    session = store.start("player-1", "garden")
    with pytest.raises(InvalidChoice, match="offered: enter"):
        store.choose(session.id, "fly")


def test_unknown_session(store: SessionStore):
    with pytest.raises(SessionNotFound):
        store.get("nope")
