"""The player-facing HTTP service (WSGI, standard library only).

Routes: ``GET /`` (the story list as a page), ``GET /health``, ``GET /metrics``,
``GET /api/stories``, ``POST /api/sessions``, ``GET /api/sessions/{id}`` and
``POST /api/sessions/{id}/choices``. Behind the staging proxy it is mounted under a path
prefix (``PLAYER_EXPERIENCE_BASE_PATH``, e.g. ``/player-experience``).
"""

from __future__ import annotations

import argparse
import html
import json
import logging
import time
from collections.abc import Callable, Iterable, Sequence
from socketserver import ThreadingMixIn
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from components.neo4j import GraphClient, InMemoryGraph

from . import __version__
from .metrics import Metrics
from .sessions import InvalidChoice, PlayerSession, SessionNotFound, SessionStore

StartResponse = Callable[..., Any]
MAX_BODY_BYTES = 16 * 1024
_STATUS = {
    200: "200 OK",
    201: "201 Created",
    400: "400 Bad Request",
    404: "404 Not Found",
    405: "405 Method Not Allowed",
    413: "413 Payload Too Large",
    503: "503 Service Unavailable",
}

log = logging.getLogger(__name__)


class HttpError(Exception):
    """An error answered to the client as JSON ``{"error": message}``."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


class PlayerExperienceApp:
    """The WSGI application."""

    def __init__(
        self, store: SessionStore, graph: GraphClient, metrics: Metrics, base_path: str = ""
    ) -> None:
        self._store = store
        self._graph = graph
        self._metrics = metrics
        self._base = base_path.rstrip("/")

    def __call__(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        started = time.perf_counter()
        method = str(environ.get("REQUEST_METHOD", "GET"))
        path = str(environ.get("PATH_INFO", "/"))
        if self._base and path.startswith(self._base):
            path = path[len(self._base) :] or "/"
        route = "unmatched"
        try:
            route, handler = self._route(method, path)
            status, content_type, body = handler(environ, path)
        except HttpError as error:
            status, content_type, body = (
                error.status,
                "application/json",
                _json({"error": str(error)}),
            )
        self._metrics.observe(method, route, status, time.perf_counter() - started)
        start_response(
            _STATUS[status], [("Content-Type", content_type), ("Content-Length", str(len(body)))]
        )
        return [body]

    def _route(
        self, method: str, path: str
    ) -> tuple[str, Callable[[dict[str, Any], str], tuple[int, str, bytes]]]:
        parts = [p for p in path.split("/") if p]
        routes: dict[
            tuple[str, ...],
            tuple[str, str, Callable[[dict[str, Any], str], tuple[int, str, bytes]]],
        ] = {
            (): ("GET", "/", self._page),
            ("health",): ("GET", "/health", self._health),
            ("metrics",): ("GET", "/metrics", self._metrics_text),
            ("api", "stories"): ("GET", "/api/stories", self._stories),
            ("api", "sessions"): ("POST", "/api/sessions", self._start),
        }
        key = tuple(parts)
        if len(parts) == 3 and parts[:2] == ["api", "sessions"]:
            found = ("GET", "/api/sessions/{id}", self._session)
        elif len(parts) == 4 and parts[:2] == ["api", "sessions"] and parts[3] == "choices":
            found = ("POST", "/api/sessions/{id}/choices", self._choose)
        else:
            found = routes.get(key)
        if found is None:
            raise HttpError(404, f"no such page: {path}")
        allowed, route, handler = found
        if method != allowed:
            raise HttpError(405, f"{route} accepts {allowed} only")
        return route, handler

    def _page(self, environ: dict[str, Any], path: str) -> tuple[int, str, bytes]:
        link = self._base + "/api/stories#"
        items = "".join(
            f'<li><a href="{link}{html.escape(s["id"])}">{html.escape(s["title"])}</a></li>'
            for s in self._store.catalogue()
        )
        page = (
            '<!doctype html><html lang="en"><head><meta charset="utf-8">'
            "<title>Stories</title></head><body><main><h1>Choose a story</h1>"
            f"<ul>{items}</ul></main></body></html>"
        )
        return 200, "text/html; charset=utf-8", page.encode()

    def _health(self, environ: dict[str, Any], path: str) -> tuple[int, str, bytes]:
        graph = self._graph.health()
        healthy = graph["status"] == "healthy"
        report = {
            "status": "healthy" if healthy else "unhealthy",
            "version": __version__,
            "neo4j": graph["status"],
        }
        return (200 if healthy else 503), "application/json", _json(report)

    def _metrics_text(self, environ: dict[str, Any], path: str) -> tuple[int, str, bytes]:
        return 200, "text/plain; version=0.0.4; charset=utf-8", self._metrics.render().encode()

    def _stories(self, environ: dict[str, Any], path: str) -> tuple[int, str, bytes]:
        return 200, "application/json", _json({"stories": self._store.catalogue()})

    def _start(self, environ: dict[str, Any], path: str) -> tuple[int, str, bytes]:
        body = _read_json(environ)
        try:
            session = self._store.start(
                str(body.get("player_id", "")), str(body.get("story_id", ""))
            )
        except KeyError as error:
            raise HttpError(404, f"no such story: {error.args[0]}") from error
        except ValueError as error:
            raise HttpError(400, str(error)) from error
        return 201, "application/json", _json(self._store.view(session))

    def _session(self, environ: dict[str, Any], path: str) -> tuple[int, str, bytes]:
        return 200, "application/json", _json(self._store.view(self._load(path.split("/")[3])))

    def _choose(self, environ: dict[str, Any], path: str) -> tuple[int, str, bytes]:
        session = self._load(path.split("/")[3])
        choice = str(_read_json(environ).get("choice", ""))
        try:
            session = self._store.choose(session.id, choice)
        except InvalidChoice as error:
            raise HttpError(400, str(error)) from error
        return 200, "application/json", _json(self._store.view(session))

    def _load(self, session_id: str) -> PlayerSession:
        try:
            return self._store.get(session_id)
        except SessionNotFound as error:
            raise HttpError(404, f"no such session: {session_id}") from error


def _json(value: object) -> bytes:
    return json.dumps(value, sort_keys=True).encode()


def _read_json(environ: dict[str, Any]) -> dict[str, object]:
    try:
        length = int(environ.get("CONTENT_LENGTH") or 0)
    except ValueError as error:
        raise HttpError(400, "bad Content-Length") from error
    if length > MAX_BODY_BYTES:
        raise HttpError(413, f"the body is limited to {MAX_BODY_BYTES} bytes")
    try:
        body = json.loads(environ["wsgi.input"].read(length) or b"{}")
    except ValueError as error:
        raise HttpError(400, "the body is not JSON") from error
    if not isinstance(body, dict):
        raise HttpError(400, "the body must be a JSON object")
    return body


class ThreadingWSGIServer(ThreadingMixIn, WSGIServer):
    """One thread per connection, so a slow client does not hold up the others."""

    daemon_threads = True
    request_queue_size = 128


class QuietHandler(WSGIRequestHandler):
    """Access lines go to the debug log, not to stderr."""

    def log_message(self, format: str, *args: Any) -> None:
        """Log one access line at debug level."""
        log.debug("%s " + format, self.address_string(), *args)


def create_server(
    host: str, port: int, base_path: str = "", graph: GraphClient | None = None
) -> WSGIServer:
    """A ready-to-serve server with a fresh store (an in-memory graph unless one is given)."""
    client = graph or GraphClient(InMemoryGraph())
    app = PlayerExperienceApp(SessionStore(client), client, Metrics(), base_path)
    return make_server(
        host, port, app, server_class=ThreadingWSGIServer, handler_class=QuietHandler
    )


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """The command line: where to listen and under which path prefix."""
    parser = argparse.ArgumentParser(prog="python -m components.player_experience")
    parser.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)"
    )
    parser.add_argument("--port", type=int, default=8080, help="port to listen on (default: 8080)")
    parser.add_argument(
        "--base-path", default="", help="path prefix behind a proxy, e.g. /player-experience"
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Serve until interrupted."""
    args = parse_args(argv)
    server = create_server(args.host, args.port, args.base_path)
    print(
        f"player-experience {__version__} listening on http://{args.host}:{server.server_port}",
        flush=True,
    )
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0
