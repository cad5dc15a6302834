"""Load test of the player-experience service: players browsing, starting and playing stories.

Run in the staging validation with 100 users, 10 spawned per second, for 5 minutes:
``python -m locust -f tests/load/locustfile.py --headless --users 100 --spawn-rate 10
--run-time 5m --csv reports/locust --host https://staging.example.com/player-experience``.
Request names group the session URLs; the page is named ``page:/`` so that it is judged
against the page-load bar, not the API one.
"""

import itertools

from locust import HttpUser, between, task

STORIES = ("lighthouse", "garden")
_players = itertools.count()


class Player(HttpUser):
    """A player who looks at the stories, then plays one."""

    wait_time = between(1, 2)
    host = "http://127.0.0.1:8080"

    session_id = ""

    def on_start(self) -> None:
        """Every player starts a session; players alternate between the stories."""
        story = STORIES[next(_players) % len(STORIES)]
        body = {"player_id": "load-test", "story_id": story}
        # Locust counts a 4xx/5xx answer as a failure by itself.
        response = self.client.request("POST", "/api/sessions", json=body)
        self.session_id = response.json()["id"] if response.status_code == 201 else ""

    @task(3)
    def read_scene(self) -> None:
        """Reload the current scene."""
        if self.session_id:
            self.client.request(
                "GET", f"/api/sessions/{self.session_id}", name="/api/sessions/[id]"
            )

    @task(2)
    def make_a_choice(self) -> None:
        """Take the first choice offered; start again when the story is over."""
        if not self.session_id:
            return
        url = f"/api/sessions/{self.session_id}"
        scene = self.client.request("GET", url, name="/api/sessions/[id]").json()["scene"]
        if not scene["choices"]:
            self.on_start()
            return
        choice = {"choice": scene["choices"][0]["id"]}
        self.client.request(
            "POST", f"{url}/choices", json=choice, name="/api/sessions/[id]/choices"
        )

    @task(2)
    def browse_stories(self) -> None:
        """The story list, as the app shows it."""
        self.client.request("GET", "/api/stories")

    @task(1)
    def open_the_page(self) -> None:
        """The home page."""
        self.client.request("GET", "/", name="page:/")

    @task(1)
    def check_health(self) -> None:
        """What the uptime probe asks for."""
        self.client.request("GET", "/health")
