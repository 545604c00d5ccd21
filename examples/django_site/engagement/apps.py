"""Connects the process's one Elarian client when Django starts (``ready``), if the process serves.

A WSGI/ASGI server (gunicorn, uwsgi...) or a test harness that sets Django up serves, so it
connects. Of ``manage.py``'s commands only those in ``SERVING`` do: the others (migrate, shell,
help...) run without a runtime. ``runserver``'s autoreloader parent process skips it too (only
the child that serves connects).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from django.apps import AppConfig

SERVING = {"runserver", "test"}  # the manage.py commands that need the client


def serving(argv: list[str]) -> bool:
    """Whether this process serves requests (and so needs the Elarian client)."""
    program = Path(argv[0]) if argv else Path()
    if program.name not in {"manage.py", "django-admin"} and program.parts[-2:] != ("django", "__main__.py"):
        return True  # not Django's command line: a server or a test harness set Django up
    command = argv[1] if len(argv) > 1 else ""
    if command == "runserver":
        return "--noreload" in argv or os.environ.get("RUN_MAIN") == "true"
    return command in SERVING


class EngagementConfig(AppConfig):
    name = "engagement"

    def ready(self) -> None:
        if not serving(sys.argv):
            return
        from . import elarian

        elarian.start()
