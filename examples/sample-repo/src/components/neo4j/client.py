"""A toy in-memory graph client with retrying query execution."""

from .utils.retry import retry


class QueryError(Exception):
    """Raised when a query cannot be executed."""


class GraphClient:
    def __init__(self, uri, max_attempts=3):
        if not uri.startswith("bolt://"):
            raise ValueError("unsupported scheme: " + uri)
        self.uri = uri
        self.max_attempts = max_attempts
        self.nodes = {}
        self.edges = []
        self.closed = False

    def add_node(self, node_id, **props):
        if node_id in self.nodes:
            self.nodes[node_id].update(props)
        else:
            self.nodes[node_id] = dict(props)
        return self.nodes[node_id]

    def connect(self, a, b, kind="RELATED"):
        for node_id in (a, b):
            if node_id not in self.nodes:
                raise QueryError("unknown node: %s" % node_id)
        self.edges.append((a, kind, b))

    def neighbours(self, node_id, kind=None):
        found = []
        for a, edge_kind, b in self.edges:
            if a != node_id:
                continue
            if kind is None or edge_kind == kind:
                found.append(b)
        return sorted(found)

    def run(self, query):
        if self.closed:
            raise QueryError("client is closed")
        return retry(lambda: self._execute(query), attempts=self.max_attempts)

    def _execute(self, query):
        verb = query.split(" ", 1)[0].upper()
        if verb == "COUNT":
            return len(self.nodes)
        if verb == "EDGES":
            return len(self.edges)
        raise QueryError("unsupported query: " + query)

    def close(self):
        # Only ever called on an open client, so the jump to the function exit is missed.
        if not self.closed:
            self.closed = True

    def describe(self):
        # Never called by any test: stays uncovered in every run.
        return "%s (%d nodes)" % (self.uri, len(self.nodes))
