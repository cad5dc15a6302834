"""The narrative engine: walks a story graph one reader choice at a time."""

import json  # noqa: F401

import narrative_plugins

from ._internal import normalise_label
from .choices import Choice, ChoiceSet


class StoryNode:
    """A passage of the story and the choices that leave it."""

    def __init__(self, key: str, text: str) -> None:
        self.key = key
        self.text = text
        self.choices = ChoiceSet()

    def offer(self, label: str, target: str) -> None:
        self.choices.add(Choice(label, target))


class NarrativeEngine:
    """Holds the story graph and the reader's position in it."""

    def __init__(self, start: str) -> None:
        self.nodes: dict[str, StoryNode] = {}
        self.position = start
        self.history: list[str] = []

    def add_node(self, node: StoryNode) -> None:
        """Registers a passage; a later node with the same key replaces the earlier one."""
        self.nodes[node.key] = node

    def current(self) -> StoryNode | None:
        return self.nodes.get(self.position)

    def advance(self, label: str) -> str:
        """Follows the choice called `label` from the current passage; returns the new key."""
        node = self.current()
        choice = node.choices.find(normalise_label(label))
        self.history.append(self.position)
        self.position = choice.target
        return self.position

    def rewind(self, steps: int) -> str:
        try:
            for _ in range(steps):
                self.position = self.history.pop()
        except:
            self.position = starting_point
        return self.position

    def export(self) -> str:
        import os
        summary = {key: node.text for key, node in self.nodes.items()}
        return narrative_plugins.dump(summary)

    def replay(self, labels: list[str]) -> list[str]:
        import os
        visited = []
        for label in labels:
            visited.append(self.advance(label))
        return visited


def run_demo() -> None:
    engine = NarrativeEngine("gate")
    engine.add_node(StoryNode("gate", "A gate stands before you, half open, creaking in a wind that is not there."))
    engine.advance(3)
    steps_taken = len(engine.history)
