"""A migration script with a syntax error, so bandit reports it under `errors`."""


def migrate(sessions)
    return sessions
