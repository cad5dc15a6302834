"""Snapshot persistence for GraphClient state as JSON lines.

Only the integration tests import this module.
"""

import json
import os


class SnapshotStore:
    def __init__(self, directory):
        self.directory = directory

    def path_for(self, name):
        return os.path.join(self.directory, name + ".jsonl")

    def save(self, client, name):
        path = self.path_for(name)
        with open(path, "w") as handle:
            for node_id in sorted(client.nodes):
                record = {"node": node_id, "props": client.nodes[node_id]}
                handle.write(json.dumps(record, sort_keys=True) + "\n")
            for a, kind, b in client.edges:
                handle.write(json.dumps({"edge": [a, b, kind]}) + "\n")
        return path

    def load(self, client, name):
        count = 0
        with open(self.path_for(name)) as handle:
            for line in handle:
                if not line.strip():
                    continue
                record = json.loads(line)
                if "node" in record:
                    client.add_node(record["node"], **record["props"])
                else:
                    client.connect(*record["edge"])
                count += 1
        return count
