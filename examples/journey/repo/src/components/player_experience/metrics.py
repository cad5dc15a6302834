"""Prometheus metrics of the service, in the text exposition format 0.0.4.

Request counts and latencies per route template (``/api/sessions/{id}``, never the raw path,
so the number of series stays bounded), and the process's CPU time and resident memory as the
official client's process collector reports them.
"""

from __future__ import annotations

import os
import resource
import threading
from collections import defaultdict

BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0)
_PROC_STAT = "/proc/self/stat"


def _label(value: str) -> str:
    return value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")


def _number(value: float) -> str:
    return repr(float(value)) if not float(value).is_integer() else f"{value:.1f}"


class Metrics:
    """Thread-safe request counters and latency histograms."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._requests: dict[tuple[str, str, str], int] = defaultdict(int)
        self._buckets: dict[tuple[str, str], list[int]] = {}
        self._sums: dict[tuple[str, str], float] = defaultdict(float)

    def observe(self, method: str, route: str, status: int, seconds: float) -> None:
        """Count one request and its duration."""
        with self._lock:
            self._requests[(method, route, str(status))] += 1
            counts = self._buckets.setdefault((method, route), [0] * (len(BUCKETS) + 1))
            for i, bound in enumerate(BUCKETS):
                if seconds <= bound:
                    counts[i] += 1
            counts[-1] += 1
            self._sums[(method, route)] += seconds

    def render(self) -> str:
        """Every metric as Prometheus text."""
        lines = [
            "# HELP http_requests_total Requests served, by method, route and status code.",
            "# TYPE http_requests_total counter",
        ]
        with self._lock:
            for (method, route, code), count in sorted(self._requests.items()):
                labels = f'method="{_label(method)}",route="{_label(route)}",code="{code}"'
                lines.append(f"http_requests_total{{{labels}}} {count}")
            lines += [
                "# HELP http_request_duration_seconds Request duration.",
                "# TYPE http_request_duration_seconds histogram",
            ]
            for (method, route), counts in sorted(self._buckets.items()):
                labels = f'method="{_label(method)}",route="{_label(route)}"'
                for bound, count in zip((*map(str, BUCKETS), "+Inf"), counts, strict=True):
                    lines.append(
                        f'http_request_duration_seconds_bucket{{{labels},le="{bound}"}} {count}'
                    )
                total = _number(self._sums[(method, route)])
                lines.append(f"http_request_duration_seconds_sum{{{labels}}} {total}")
                lines.append(f"http_request_duration_seconds_count{{{labels}}} {counts[-1]}")
        lines += process_metrics()
        return "\n".join(lines) + "\n"


def process_metrics() -> list[str]:
    """CPU seconds and resident memory of this process, from /proc when there is one."""
    cpu, rss = _from_proc() or _from_getrusage()
    return [
        "# HELP process_cpu_seconds_total Total user and system CPU time spent in seconds.",
        "# TYPE process_cpu_seconds_total counter",
        f"process_cpu_seconds_total {_number(cpu)}",
        "# HELP process_resident_memory_bytes Resident memory size in bytes.",
        "# TYPE process_resident_memory_bytes gauge",
        f"process_resident_memory_bytes {rss}",
    ]


def _from_proc() -> tuple[float, int] | None:
    try:
        with open(_PROC_STAT, encoding="ascii") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
    except OSError:
        return None
    ticks = os.sysconf("SC_CLK_TCK")
    # After the command name: field 14 utime and 15 stime are at 11 and 12, 24 rss at 21.
    cpu = (int(fields[11]) + int(fields[12])) / ticks
    return cpu, int(fields[21]) * resource.getpagesize()


def _from_getrusage() -> tuple[float, int]:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime, usage.ru_maxrss * 1024
