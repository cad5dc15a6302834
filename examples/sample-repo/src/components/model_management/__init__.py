"""Model registry component (coverage fixture sample)."""

from .registry import ModelRegistry, STAGES

__all__ = ["ModelRegistry", "STAGES"]
