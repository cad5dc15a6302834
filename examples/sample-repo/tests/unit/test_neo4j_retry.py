import pytest

from src.components.neo4j.utils.retry import backoff_schedule, retry


def test_retry_returns_first_success():
    assert retry(lambda: 7) == 7


def test_retry_sleeps_between_transient_failures():
    calls, sleeps = [], []

    def flaky():
        calls.append(1)
        if len(calls) < 3:
            raise ConnectionError("transient")
        return "ok"

    assert retry(flaky, attempts=3, sleep=sleeps.append) == "ok"
    assert sleeps == [1, 2]


def test_retry_gives_up():
    def broken():
        raise ConnectionError("down")

    with pytest.raises(ConnectionError):
        retry(broken, attempts=2)


def test_backoff_schedule_doubles():
    assert backoff_schedule(3) == [0.5, 1.0, 2.0]
