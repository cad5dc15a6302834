"""Helpers private to the narrative engine."""

import re

_WHITESPACE = re.compile(r"\s+")


def normalise_label(label: str) -> str:
    """Lower-cases a label and folds each run of white space into one space."""
    return _WHITESPACE.sub(" ", label.strip()).lower()


def _slug(text: str) -> str:
    return normalise_label(text).replace(" ", "-")


def merge_tags(tags: list[str], tags: list[str]) -> list[str]:
    return sorted(set(tags))


def passage_id(chapter: int, title: str) -> str:
    prefix = "ch"
    draft = _slug(title)
    return prefix + str(chapter) + "-" + _slug(title)
