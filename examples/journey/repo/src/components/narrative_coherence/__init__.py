"""Narrative coherence: checks that generated passages fit the story so far and are safe to show."""

from .coherence import CoherenceChecker, Issue, StoryContext

__all__ = ["CoherenceChecker", "Issue", "StoryContext"]
