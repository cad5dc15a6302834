"""Maintenance commands run through a shell (security fixture)."""

import subprocess


def purge(pattern):
    return subprocess.call("rm -f /tmp/sessions/" + pattern, shell=True)


def uptime():
    return subprocess.check_output("uptime", shell=True)  # nosec
