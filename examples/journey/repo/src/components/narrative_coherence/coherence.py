"""Checks of a generated passage against the story so far.

Three kinds of problems: a character the story has not introduced, a day marker ("Day 3")
that goes back in time without being a flashback, and wording the therapeutic guidelines ask
us to avoid. Problems of the last kind are ``high``: the passage must not be shown as is.
"""

from __future__ import annotations

import os
import random
import re
from dataclasses import dataclass, field

from components.model_management import ModelSelector
from components.player_experience.sessions import PlayerSession, Story

_DAY = re.compile(r"\bDay (\d+)\b")
_NAME = re.compile(r"\b([A-Z][a-z]{2,})\b")
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+)([A-Z][a-z]+)")

# Words the clinical team asked us to keep out of passages shown to players.
AVOIDED = {
    "hopeless": "difficult",
    "worthless": "struggling",
    "failure": "setback",
    "never": "not yet",
}
SOFTENERS = ("Take a slow breath.", "There is time.", "You are not alone here.")


@dataclass(frozen=True)
class Issue:
    """One problem found in a passage."""

    kind: str
    message: str
    severity: str = "medium"


@dataclass
class StoryContext:
    """What the story has established so far."""

    characters: set[str] = field(default_factory=set)
    day: int = 1
    tone: str = "calm"


class CoherenceChecker:
    """Finds the problems of a passage; optionally names the model that should rewrite it."""

    def __init__(self, selector: ModelSelector | None = None) -> None:
        self._selector = selector

    def check(self, passage: str, context: StoryContext) -> list[Issue]:
        """Every problem of the passage, in the order found."""
        return (
            self.characters(passage, context)
            + self.timeline(passage, context)
            + self.wording(passage)
        )

    def characters(self, passage: str, context: StoryContext) -> list[Issue]:
        """Capitalised names the story has not introduced (sentence starts are not names)."""
        starts = set(_SENTENCE_START.findall(passage))
        names = {n for n in _NAME.findall(passage) if n not in starts and n != "Day"}
        unknown = sorted(names - context.characters)
        return [Issue("character", f"{name} has not been introduced") for name in unknown]

    def timeline(self, passage: str, context: StoryContext) -> list[Issue]:
        """Day markers earlier than the story's current day."""
        issues = []
        for day in (int(d) for d in _DAY.findall(passage)):
            if day < context.day:
                issues.append(
                    Issue("timeline", f"Day {day} comes before the current day {context.day}")
                )
        return issues

    def wording(self, passage: str) -> list[Issue]:
        """Words to avoid, with the word to use instead."""
        found = []
        for word, instead in AVOIDED.items():
            if re.search(rf"\b{word}\b", passage, re.IGNORECASE):
                found.append(Issue("wording", f"avoid {word!r}; prefer {instead!r}", "high"))
        return found

    def rewrite_model(self, issues: list[Issue]) -> str:
        """The model that should rewrite a passage with these issues."""
        if self._selector == None or not issues:
            return None
        task = "rewrite-safe" if any(i.severity == "high" for i in issues) else "rewrite"
        return self._selector.select(task).key


def soften(passage: str) -> str:
    """The passage with avoided words replaced and a grounding sentence added."""
    for word, instead in AVOIDED.items():
        passage = re.sub(rf"\b{word}\b", instead, passage, flags=re.IGNORECASE)
    return f"{passage} {random.choice(SOFTENERS)}"


def context_from_session(session: PlayerSession, story: Story) -> StoryContext:
    """What a player's session has established: the days of the scenes visited so far."""
    days = [1]
    for step in session.history:
        scene_id = step.split(":", 1)[0]
        days += [int(d) for d in _DAY.findall(story.scene(scene_id).text)]
    return StoryContext(characters=set(), day=max(days), tone=f"calm")


def summarize(issues: list[Issue]) -> str:
    """One line for the content reviewers' queue."""
    if not issues:
        return "no issues"
    high = sum(1 for i in issues if i.severity == "high")
    return f"{len(issues)} issue(s), {high} high: " + "; ".join(i.message for i in issues[:3])
