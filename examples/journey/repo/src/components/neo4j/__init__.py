"""Neo4j access for the other components: settings, a retrying graph client and backups."""

from .client import GraphBackend, GraphClient, Neo4jSettings, Record, TransientError
from .memory import InMemoryGraph

__all__ = [
    "GraphBackend",
    "GraphClient",
    "InMemoryGraph",
    "Neo4jSettings",
    "Record",
    "TransientError",
]
