"""Model management: the catalogue of language models and which one serves each task."""

from .registry import ModelNotFound, ModelRecord, ModelRegistry
from .selection import ModelSelector, Route, parse_routes

__all__ = [
    "ModelNotFound",
    "ModelRecord",
    "ModelRegistry",
    "ModelSelector",
    "Route",
    "parse_routes",
]
