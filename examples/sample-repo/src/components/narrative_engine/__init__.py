"""Narrative engine: branching stories told one reader choice at a time."""

from .choices import Choice, ChoiceSet
from .engine import NarrativeEngine, StoryNode

__all__ = ["Choice", "ChoiceSet", "NarrativeEngine", "StoryNode"]
