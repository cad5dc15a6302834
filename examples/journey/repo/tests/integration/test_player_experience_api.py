"""Integration tests of the player-experience service over real HTTP, on a local port."""

import http.client
import json
import threading
from collections.abc import Iterator

import pytest

from components.neo4j import GraphClient, InMemoryGraph
from components.player_experience.service import create_server, main, parse_args

pytestmark = pytest.mark.integration


class Service:
    """A running server and a tiny client for it."""

    def __init__(self, base_path: str = "") -> None:
        self.graph = InMemoryGraph()
        self.server = create_server("127.0.0.1", 0, base_path, GraphClient(self.graph))
        self.prefix = base_path
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def request(self, method: str, path: str, body: object = None) -> tuple[int, str, bytes]:
        data = None if body is None else json.dumps(body).encode()
        return self.send(method, path, data)

    def send(self, method: str, path: str, data: bytes | None) -> tuple[int, str, bytes]:
        connection = http.client.HTTPConnection("127.0.0.1", self.server.server_port, timeout=5)
        try:
            connection.request(method, self.prefix + path, body=data)
            response = connection.getresponse()
            return response.status, response.getheader("Content-Type", ""), response.read()
        finally:
            connection.close()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)


@pytest.fixture
def service() -> Iterator[Service]:
    running = Service("/player-experience")
    yield running
    running.stop()


def test_health_and_metrics(service: Service):
    status, content_type, body = service.request("GET", "/health")
    assert (status, content_type) == (200, "application/json")
    assert json.loads(body) == {"neo4j": "healthy", "status": "healthy", "version": "1.4.0"}
    status, content_type, body = service.request("GET", "/metrics")
    assert content_type.startswith("text/plain; version=0.0.4")
    text = body.decode()
    assert 'http_requests_total{method="GET",route="/health",code="200"} 1' in text
    assert "process_resident_memory_bytes " in text


def test_health_fails_when_the_graph_is_down(service: Service):
    service.graph.down = True
    status, _, body = service.request("GET", "/health")
    assert status == 503
    assert json.loads(body)["status"] == "unhealthy"


def test_a_player_finishes_a_story(service: Service):
    status, _, body = service.request("GET", "/api/stories")
    assert [s["id"] for s in json.loads(body)["stories"]] == ["lighthouse", "garden"]
    status, _, body = service.request(
        "POST", "/api/sessions", {"player_id": "p-42", "story_id": "garden"}
    )
    assert status == 201
    session_id = json.loads(body)["id"]
    for choice in ("enter", "sit"):
        status, _, body = service.request(
            "POST", f"/api/sessions/{session_id}/choices", {"choice": choice}
        )
        assert status == 200
    view = json.loads(service.request("GET", f"/api/sessions/{session_id}")[2])
    assert view["finished"] is True
    assert view["history"] == ["gate:enter", "pond:sit"]
    status, _, body = service.request(
        "POST", f"/api/sessions/{session_id}/choices", {"choice": "sit"}
    )
    assert status == 400


def test_the_page(service: Service):
    status, content_type, body = service.request("GET", "/")
    assert status == 200
    assert content_type == "text/html; charset=utf-8"
    assert b'href="/player-experience/api/stories#garden"' in body


@pytest.mark.parametrize(
    ("method", "path", "body", "status"),
    [
        ("GET", "/api/nothing", None, 404),
        ("POST", "/health", {}, 405),
        ("POST", "/api/sessions", {"player_id": "", "story_id": "garden"}, 400),
        ("POST", "/api/sessions", {"player_id": "p", "story_id": "castle"}, 404),
        ("POST", "/api/sessions/none/choices", {"choice": "x"}, 404),
    ],
)
def test_errors_are_json(service: Service, method: str, path: str, body: object, status: int):
    got, content_type, out = service.request(method, path, body)
    assert (got, content_type) == (status, "application/json")
    assert json.loads(out)["error"]


def test_limits_and_bad_bodies(service: Service):
    assert service.send("POST", "/api/sessions", b"x" * 20000)[0] == 413
    assert service.send("POST", "/api/sessions", b"{oops")[0] == 400


def test_command_line_defaults():
    args = parse_args([])
    assert (args.host, args.port, args.base_path) == ("127.0.0.1", 8080, "")


def test_main_serves_until_interrupted(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
):
    def interrupted(self: object, poll_interval: float = 0.5) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("socketserver.BaseServer.serve_forever", interrupted)
    assert main(["--port", "0"]) == 0
    assert "listening on http://127.0.0.1:" in capsys.readouterr().out
