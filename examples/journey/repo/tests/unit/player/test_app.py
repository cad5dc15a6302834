"""Unit tests of the WSGI application, called directly (no sockets)."""

import io
import json
from typing import Any
from wsgiref.util import setup_testing_defaults

import pytest

from components.neo4j import GraphClient, InMemoryGraph
from components.player_experience.metrics import Metrics
from components.player_experience.service import PlayerExperienceApp
from components.player_experience.sessions import SessionStore


def call(
    app: PlayerExperienceApp, method: str, path: str, body: bytes = b""
) -> tuple[str, dict[str, str], bytes]:
    environ: dict[str, Any] = {
        "REQUEST_METHOD": method,
        "PATH_INFO": path,
        "CONTENT_LENGTH": str(len(body)),
    }
    setup_testing_defaults(environ)
    environ["wsgi.input"] = io.BytesIO(body)
    answers: list[tuple[str, list[tuple[str, str]]]] = []

    def start_response(status: str, headers: list[tuple[str, str]]) -> None:
        answers.append((status, headers))

    out = b"".join(app(environ, start_response))
    status, headers = answers[0]
    return status, dict(headers), out


@pytest.fixture
def graph() -> InMemoryGraph:
    return InMemoryGraph()


@pytest.fixture
def app(graph: InMemoryGraph) -> PlayerExperienceApp:
    client = GraphClient(graph)
    return PlayerExperienceApp(
        SessionStore(client), client, Metrics(), base_path="/player-experience/"
    )


def test_health(app):
    status, headers, body = call(app, "GET", "/player-experience/health")
    assert status == "200 OK"
    assert headers["Content-Type"] == "application/json"
    assert json.loads(body)["status"] == "healthy"


def test_health_when_the_graph_is_down(app, graph: InMemoryGraph):
    graph.down = True
    status, _, body = call(app, "GET", "/player-experience/health")
    assert status == "503 Service Unavailable"
    assert json.loads(body)["neo4j"] == "unhealthy"


def test_page_escapes_titles(app):
    status, headers, body = call(app, "GET", "/player-experience/")
    assert status == "200 OK"
    assert headers["Content-Type"].startswith("text/html")
    assert b"<h1>Choose a story</h1>" in body


def test_a_session_round_trip(app):
    status, _, body = call(
        app, "POST", "/player-experience/api/sessions", b'{"player_id": "p1", "story_id": "garden"}'
    )
    assert status == "201 Created"
    session = json.loads(body)
    status, _, body = call(
        app,
        "POST",
        f"/player-experience/api/sessions/{session['id']}/choices",
        b'{"choice": "enter"}',
    )
    assert json.loads(body)["scene"]["id"] == "pond"
    status, _, body = call(app, "GET", f"/player-experience/api/sessions/{session['id']}")
    assert json.loads(body)["history"] == ["gate:enter"]


@pytest.mark.parametrize(
    ("method", "path", "body", "status"),
    [
        ("GET", "/player-experience/nowhere", b"", "404 Not Found"),
        ("DELETE", "/player-experience/api/stories", b"", "405 Method Not Allowed"),
        ("POST", "/player-experience/api/sessions", b"not json", "400 Bad Request"),
        ("POST", "/player-experience/api/sessions", b"[1]", "400 Bad Request"),
        (
            "POST",
            "/player-experience/api/sessions",
            b'{"player_id": "p", "story_id": "x"}',
            "404 Not Found",
        ),
        ("GET", "/player-experience/api/sessions/unknown", b"", "404 Not Found"),
    ],
)
def test_errors(app, method: str, path: str, body: bytes, status: str):
    got, _, out = call(app, method, path, body)
    assert got == status
    assert "error" in json.loads(out)
