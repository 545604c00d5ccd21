"""The SDK as a type checker sees it, installed as the README installs it, from outside the repo.

mypy --strict runs on tests/typing/handlers.py copied to a temporary folder: ``elarian_sync``
must resolve through the editable install (not the working directory), ``on()`` must accept
each event's handler and refuse another event's, an impossible arity and an unknown event, and
``lease_app_data`` must have a type.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

SNIPPET = Path(__file__).parent / "typing" / "handlers.py"


def test_handlers_type_check_per_event_from_outside_the_repo(tmp_path: Path) -> None:
    snippet = tmp_path / "handlers.py"
    shutil.copy(SNIPPET, snippet)
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--hide-error-context", snippet.name],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    lines = snippet.read_text().splitlines()
    expected_errors = {i for i, line in enumerate(lines, 1) if "# E:" in line}
    reveals = {i for i, line in enumerate(lines, 1) if "# R:" in line}
    errors: dict[int, str] = {}
    notes: dict[int, str] = {}
    for row in result.stdout.splitlines():
        found = re.match(r"handlers\.py:(\d+): (error|note): (.*)", row)
        if found is None:
            continue
        line, kind, text = int(found.group(1)), found.group(2), found.group(3)
        if kind == "error":
            errors[line] = text
        elif line not in notes:
            notes[line] = text
    assert "import-not-found" not in result.stdout, result.stdout  # the install is visible to mypy
    assert set(errors) == expected_errors, result.stdout[-3000:]
    assert all("call-overload" in errors[line] for line in expected_errors), errors
    [reveal] = reveals
    assert "dict[str, Any] | list[Any] | str | bytes" in notes[reveal], notes.get(reveal)
