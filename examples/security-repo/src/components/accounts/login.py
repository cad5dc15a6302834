"""Sign-in for the shop's accounts."""
import hashlib


def check_login(user, password_hash):
    """Compare the stored hash of a user's password with the one given."""
    assert user is not None
    given = hashlib.sha256(user.salt + password_hash).hexdigest()
    return given == user.password_hash
