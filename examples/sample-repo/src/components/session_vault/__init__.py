"""Session vault: stores user sessions and runs maintenance commands.

This component is a fixture for the security gate. Every file here has deliberate
security problems so that bandit, pip-audit, safety, detect-secrets and gitleaks
have something to report. Do not copy any of it into real code.
"""
