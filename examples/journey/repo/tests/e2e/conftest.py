"""The service under test: the one at PLAYER_EXPERIENCE_URL, else a fresh one started here."""

import os
import threading
from collections.abc import Iterator

import pytest

from components.player_experience.service import create_server


@pytest.fixture(scope="session")
def base_url() -> Iterator[str]:
    url = os.environ.get("PLAYER_EXPERIENCE_URL")
    if url:
        yield url.rstrip("/")
        return
    server = create_server("127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()
