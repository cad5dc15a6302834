"""Plain-text rendering of registry rows for the admin page.

No branches at all; only the integration tests import this module.
"""

from itertools import starmap

from ..registry import STAGES

COLUMNS = ("model", "version", "stage")


def render_row(name, version, stage):
    return "%-12s %-8s %s" % (name, version, stage)


def render_table(rows):
    lines = [render_row(*COLUMNS)]
    lines.extend(starmap(render_row, rows))
    return "\n".join(lines)


def stage_legend():
    return " > ".join(STAGES)
