"""Retry helper with an injectable sleep so tests stay instant."""


def retry(func, attempts=3, sleep=None, retry_on=(ConnectionError,)):
    last_error = None
    for attempt in range(1, attempts + 1):
        try:
            return func()
        except retry_on as exc:
            last_error = exc
            if sleep is not None:
                sleep(attempt)
    raise last_error


def backoff_schedule(attempts, base=0.5):
    delays = []
    for index in range(attempts):
        delays.append(base * 2 ** index)
    return delays
