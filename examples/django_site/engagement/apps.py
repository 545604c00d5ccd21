"""Connects the process's one Elarian client when Django starts (``ready``).

Management commands that serve nothing (migrate, shell...) skip it; ``runserver``'s
autoreloader parent process skips it too (only the child that serves connects).
"""

from __future__ import annotations

import os
import sys

from django.apps import AppConfig

SERVING = {"runserver", "gunicorn", "uwsgi", "test"}


class EngagementConfig(AppConfig):
    name = "engagement"

    def ready(self) -> None:
        command = sys.argv[1] if len(sys.argv) > 1 else ""
        if command in {"migrate", "makemigrations", "shell", "check", "collectstatic"}:
            return
        if command == "runserver" and os.environ.get("RUN_MAIN") != "true":
            return
        from . import elarian

        elarian.start()
