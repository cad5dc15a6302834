"""Graph database access component (coverage fixture sample)."""

from .client import GraphClient, QueryError

__all__ = ["GraphClient", "QueryError"]
VERSION = "0.3.1"
