"""Stories and player sessions: where a player is in a story and the choices made so far.

Sessions are stored in the graph (``PlayerSession`` nodes) so that a player can continue on
another device, and so that the therapeutic-content components can read a player's path.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime

from components.neo4j import GraphClient, Record

LABEL = "PlayerSession"


class SessionNotFound(LookupError):
    """No session with that id."""


class InvalidChoice(ValueError):
    """The choice is not offered in the session's current scene, or the story is over."""


@dataclass(frozen=True)
class Choice:
    """An option offered to the player, leading to another scene."""

    id: str
    label: str
    next_scene: str


@dataclass(frozen=True)
class Scene:
    """A passage of a story; a scene without choices ends the story."""

    id: str
    text: str
    choices: tuple[Choice, ...] = ()


@dataclass(frozen=True)
class Story:
    """A branching story."""

    id: str
    title: str
    start: str
    scenes: Mapping[str, Scene] = field(default_factory=dict)

    def scene(self, scene_id: str) -> Scene:
        """One scene of the story."""
        return self.scenes[scene_id]


def _story(story_id: str, title: str, scenes: list[Scene]) -> Story:
    return Story(story_id, title, scenes[0].id, {scene.id: scene for scene in scenes})


STORIES: dict[str, Story] = {
    story.id: story
    for story in (
        _story(
            "lighthouse",
            "The Lighthouse Keeper",
            [
                Scene(
                    "shore",
                    "Waves break below the lighthouse.",
                    (
                        Choice("climb", "Climb the stairs", "lamp"),
                        Choice("wait", "Wait on the shore", "dawn"),
                    ),
                ),
                Scene(
                    "lamp",
                    "The lamp room is warm and quiet.",
                    (Choice("rest", "Rest a while", "dawn"),),
                ),
                Scene("dawn", "The sun rises over a calm sea."),
            ],
        ),
        _story(
            "garden",
            "The Quiet Garden",
            [
                Scene(
                    "gate",
                    "A wooden gate opens onto a garden.",
                    (Choice("enter", "Step inside", "pond"),),
                ),
                Scene(
                    "pond",
                    "Fish circle slowly in a pond.",
                    (
                        Choice("sit", "Sit by the water", "bench"),
                        Choice("leave", "Walk back to the gate", "gate"),
                    ),
                ),
                Scene("bench", "You sit and breathe with the wind in the trees."),
            ],
        ),
    )
}


@dataclass
class PlayerSession:
    """One player's progress through one story."""

    id: str
    player_id: str
    story_id: str
    scene_id: str
    started_at: str
    history: list[str] = field(default_factory=list)

    def to_properties(self) -> Record:
        """The node's properties (also the JSON the API returns, with the scene added)."""
        return {
            "id": self.id,
            "player_id": self.player_id,
            "story_id": self.story_id,
            "scene_id": self.scene_id,
            "started_at": self.started_at,
            "history": list(self.history),
        }


def _utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class SessionStore:
    """Starts sessions and moves them through their stories."""

    def __init__(
        self,
        graph: GraphClient,
        stories: Mapping[str, Story] = STORIES,
        clock: Callable[[], str] = _utc_now,
    ) -> None:
        self._graph = graph
        self._stories = stories
        self._clock = clock

    def catalogue(self) -> list[dict[str, str]]:
        """The stories a player can start, by title."""
        listed = [{"id": s.id, "title": s.title} for s in self._stories.values()]
        return sorted(listed, key=lambda s: s["title"])

    def story(self, story_id: str) -> Story:
        """One story; KeyError when there is none."""
        return self._stories[story_id]

    def start(self, player_id: str, story_id: str) -> PlayerSession:
        """A new session at the story's first scene."""
        if not player_id.strip():
            raise ValueError("player_id is required")
        if story_id not in self._stories:
            raise KeyError(story_id)
        session = PlayerSession(
            uuid.uuid4().hex, player_id, story_id, self._stories[story_id].start, self._clock()
        )
        self._graph.upsert(LABEL, session.id, session.to_properties())
        return session

    def get(self, session_id: str) -> PlayerSession:
        """A stored session."""
        node = self._graph.fetch(LABEL, session_id)
        if node is None:
            raise SessionNotFound(session_id)
        history = node.get("history")
        return PlayerSession(
            id=str(node["id"]),
            player_id=str(node["player_id"]),
            story_id=str(node["story_id"]),
            scene_id=str(node["scene_id"]),
            started_at=str(node["started_at"]),
            history=[str(step) for step in history] if isinstance(history, list) else [],
        )

    def choose(self, session_id: str, choice_id: str) -> PlayerSession:
        """Take a choice offered by the current scene."""
        session = self.get(session_id)
        scene = self.story(session.story_id).scene(session.scene_id)
        if not scene.choices:
            raise InvalidChoice("the story is over")
        choice = next((c for c in scene.choices if c.id == choice_id), None)
        if choice is None:
            offered = ", ".join(c.id for c in scene.choices)
            raise InvalidChoice(f"{choice_id!r} is not offered here (offered: {offered})")
        session.history.append(f"{scene.id}:{choice.id}")
        session.scene_id = choice.next_scene
        self._graph.upsert(LABEL, session.id, session.to_properties())
        return session

    def view(self, session: PlayerSession) -> Record:
        """The session as the API shows it: its properties, the scene text and the choices."""
        scene = self.story(session.story_id).scene(session.scene_id)
        view = session.to_properties()
        view["scene"] = {
            "id": scene.id,
            "text": scene.text,
            "choices": [{"id": c.id, "label": c.label} for c in scene.choices],
        }
        view["finished"] = not scene.choices
        return view

    def count(self) -> int:
        """How many sessions are stored."""
        return len(self._graph.find(LABEL))
