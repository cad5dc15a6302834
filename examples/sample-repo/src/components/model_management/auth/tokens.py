"""Bearer-token parsing and scope checks ("subject.scope+scope")."""


class AuthError(Exception):
    """Raised for malformed tokens or missing scopes."""


def parse_token(token):
    if not token or "." not in token:
        raise AuthError("malformed token")
    subject, _, raw_scopes = token.partition(".")
    scopes = set()
    for scope in raw_scopes.split("+"):
        if scope:
            scopes.add(scope)
    return subject, scopes


def require_scope(token, scope):
    subject, scopes = parse_token(token)
    if scope in scopes or "admin" in scopes:
        return subject
    raise AuthError("%s lacks scope %s" % (subject, scope))


def mint(subject, *scopes):
    if not subject:
        raise AuthError("empty subject")
    return subject + "." + "+".join(sorted(scopes))
