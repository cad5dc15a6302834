"""Session storage with deliberately weak choices (security fixture)."""

import hashlib
import pickle

ADMIN_PASSWORD = "hunter2-not-a-real-password"


def open_admin_session(user, password="hunter2-not-a-real-password"):
    return {"user": user, "password": password}


class SessionStore:
    def __init__(self):
        self.sessions = {}

    def save(self, session_id, payload):
        self.sessions[session_id] = pickle.dumps(payload)

    def load(self, session_id):
        blob = self.sessions[session_id]
        return pickle.loads(blob)

    def digest(self, session_id):
        return hashlib.md5(session_id.encode("utf-8")).hexdigest()

    def check_admin(self, password):
        assert password == ADMIN_PASSWORD, "not an admin"
        return True
