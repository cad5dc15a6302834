"""Model registry keeping versions, metrics and promotion stages."""

from .auth.tokens import require_scope

STAGES = ("dev", "staging", "production")


class ModelRegistry:
    def __init__(self):
        self._models = {}

    def register(self, name, version, metrics=None):
        versions = self._models.setdefault(name, {})
        if version in versions:
            raise KeyError("%s:%s already registered" % (name, version))
        versions[version] = {"stage": "dev", "metrics": dict(metrics or {})}
        return versions[version]

    def promote(self, token, name, version):
        require_scope(token, "promote")
        entry = self._models[name][version]
        index = STAGES.index(entry["stage"])
        if index + 1 >= len(STAGES):
            return entry["stage"]
        entry["stage"] = STAGES[index + 1]
        return entry["stage"]

    def latest(self, name, stage=None):
        best = None
        for version, entry in self._models.get(name, {}).items():
            if stage is not None and entry["stage"] != stage:
                continue
            if best is None or version > best:
                best = version
        return best

    def best_by(self, name, metric):
        best_version, best_score = None, None
        for version, entry in self._models.get(name, {}).items():
            score = entry["metrics"].get(metric)
            if score is None:
                continue
            if best_score is None or score > best_score:
                best_version, best_score = version, score
        return best_version

    def archive(self, name):
        removed = self._models.pop(name, {})
        if not removed:
            raise KeyError(name)
        return len(removed)

    def compare(self, name, left, right, metric):
        # Never called by any test.
        scores = []
        for version in (left, right):
            metrics = self._models[name][version]["metrics"]
            scores.append(metrics.get(metric, 0.0))
        if scores[0] == scores[1]:
            return 0
        return 1 if scores[0] > scores[1] else -1

    def rollback(self, token, name, version):
        # Never called by any test.
        require_scope(token, "promote")
        entry = self._models[name][version]
        index = STAGES.index(entry["stage"])
        if index == 0:
            raise ValueError("%s:%s is already in dev" % (name, version))
        entry["stage"] = STAGES[index - 1]
        return entry["stage"]

    def export(self):
        rows = []
        for name in sorted(self._models):
            for version in sorted(self._models[name]):
                rows.append((name, version, self._models[name][version]["stage"]))
        return rows
