"""Another process on a test's SQLite file, holding its write lock while the test says so, and a
write of the test's own that waits for it: the pieces of the tests of writes across processes."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

from elarian_server.store.sqlite import SqliteStore

OTHER_PROCESS = """
import sys
from elarian_server.store.sqlite import SqliteStore
store = SqliteStore(sys.argv[1])
with store.transaction() as tx:
    tx.enqueue("el_ntf_there", "org", "app", "app", "k1", None, b"", 1.0)
    print("holding", flush=True)
    sys.stdin.readline()
store.close()
"""


def waiting_for_flock(path: Path) -> bool:
    """Whether a process waits for an flock on ``path`` (Linux: a ``->`` line in /proc/locks)."""
    inode = f":{path.stat().st_ino} "
    return any("->" in line and inode in line for line in Path("/proc/locks").read_text().splitlines())


def holding(path: Path) -> subprocess.Popen[str]:
    """Another process with a transaction open on ``path`` (it holds the write lock) until a line
    comes on its stdin."""
    proc = subprocess.Popen(
        [sys.executable, "-c", OTHER_PROCESS, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "holding"
    return proc


def writing_thread(store: SqliteStore) -> tuple[threading.Thread, threading.Event]:
    """A thread (not started) that writes a notification in ``store``, and what it sets once written."""
    written = threading.Event()

    def write() -> None:
        with store.transaction() as tx:
            tx.enqueue("el_ntf_here", "org", "app", "app", "k2", None, b"", 1.0)
        written.set()

    return threading.Thread(target=write), written


def let_go(proc: subprocess.Popen[str]) -> int:
    """Tell a ``holding`` process to end its transaction; its exit code."""
    assert proc.stdin is not None
    proc.stdin.write("\n")
    proc.stdin.flush()
    return proc.wait(30)
