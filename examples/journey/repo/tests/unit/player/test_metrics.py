"""Unit tests of the Prometheus metrics."""

from components.player_experience import metrics
from components.player_experience.metrics import Metrics, process_metrics


def test_counts_and_buckets():
    m = Metrics()
    m.observe("GET", "/api/stories", 200, 0.004)
    m.observe("GET", "/api/stories", 200, 0.3)
    m.observe("POST", "/api/sessions", 400, 0.02)
    text = m.render()
    assert 'http_requests_total{method="GET",route="/api/stories",code="200"} 2' in text
    assert (
        'http_request_duration_seconds_bucket{method="GET",route="/api/stories",le="0.005"} 1'
        in text
    )
    assert (
        'http_request_duration_seconds_bucket{method="GET",route="/api/stories",le="0.5"} 2' in text
    )
    assert (
        'http_request_duration_seconds_bucket{method="GET",route="/api/stories",le="+Inf"} 2'
        in text
    )
    assert 'http_request_duration_seconds_count{method="POST",route="/api/sessions"} 1' in text
    assert text.endswith("\n")


def test_label_values_are_escaped():
    m = Metrics()
    m.observe("GET", 'a"b\\c', 404, 0.001)
    assert 'route="a\\"b\\\\c"' in m.render()


def test_process_metrics_from_proc():
    lines = process_metrics()
    assert lines[2].startswith("process_cpu_seconds_total ")
    assert int(lines[5].split()[1]) > 0


def test_process_metrics_without_proc(monkeypatch):
    monkeypatch.setattr(metrics, "_PROC_STAT", "/nonexistent/stat")
    lines = process_metrics()
    assert float(lines[2].split()[1]) > 0
