"""End-to-end journeys of a player, over HTTP against a running service."""

import http.client
import json
import re
from urllib.parse import urlsplit

import pytest

pytestmark = pytest.mark.e2e


def call(base_url: str, method: str, path: str, body: object = None) -> tuple[int, dict | str]:
    """One request; a JSON answer is decoded, a page is returned as text."""
    url = urlsplit(base_url)
    data = None if body is None else json.dumps(body).encode()
    connection_class = (
        http.client.HTTPSConnection if url.scheme == "https" else http.client.HTTPConnection
    )
    connection = connection_class(url.netloc, timeout=10)
    try:
        connection.request(
            method, url.path + path, body=data, headers={"Accept": "application/json"}
        )
        response = connection.getresponse()
        text = response.read().decode()
        if response.getheader("Content-Type") == "application/json":
            return response.status, json.loads(text)
        return response.status, text
    finally:
        connection.close()


def test_a_new_player_opens_the_page_and_picks_a_story(base_url: str):
    status, page = call(base_url, "GET", "/")
    assert status == 200
    assert isinstance(page, str)
    titles = re.findall(r">([^<>]+)</a></li>", page)
    assert titles == ["The Lighthouse Keeper", "The Quiet Garden"]


def test_a_player_plays_the_lighthouse_to_the_end(base_url: str):
    status, session = call(
        base_url, "POST", "/api/sessions", {"player_id": "e2e-player", "story_id": "lighthouse"}
    )
    assert status == 201 and isinstance(session, dict)
    for choice in ("climb", "rest"):
        status, session = call(
            base_url, "POST", f"/api/sessions/{session['id']}/choices", {"choice": choice}
        )
        assert status == 200 and isinstance(session, dict)
    assert session["finished"] is True
    assert session["scene"] == {
        "id": "dawn",
        "text": "The sun rises over a calm sea.",
        "choices": [],
    }


def test_a_player_resumes_a_session_on_another_device(base_url: str):
    _, started = call(
        base_url, "POST", "/api/sessions", {"player_id": "e2e-resume", "story_id": "garden"}
    )
    assert isinstance(started, dict)
    call(base_url, "POST", f"/api/sessions/{started['id']}/choices", {"choice": "enter"})
    status, resumed = call(base_url, "GET", f"/api/sessions/{started['id']}")
    assert status == 200 and isinstance(resumed, dict)
    scene = resumed["scene"]
    assert isinstance(scene, dict) and scene["id"] == "pond"


def test_a_wrong_choice_is_explained(base_url: str):
    _, started = call(
        base_url, "POST", "/api/sessions", {"player_id": "e2e-wrong", "story_id": "garden"}
    )
    assert isinstance(started, dict)
    status, answer = call(
        base_url, "POST", f"/api/sessions/{started['id']}/choices", {"choice": "fly"}
    )
    assert status == 400
    assert answer == {"error": "'fly' is not offered here (offered: enter)"}


def test_the_service_reports_healthy(base_url: str):
    status, health = call(base_url, "GET", "/health")
    assert status == 200
    assert isinstance(health, dict) and health["status"] == "healthy"
