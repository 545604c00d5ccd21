"""A real PostgreSQL server for the tests: PostgreSQL 16 from the ``pgserver`` package (a dev
dependency), started once per test process on a Unix socket in a temporary directory (no TCP
port), and a database of its own for each store a test opens, dropped afterwards."""

from __future__ import annotations

import itertools
import os
import tempfile
import threading
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import psycopg

_lock = threading.Lock()
_server: Any = None
_numbers = itertools.count(1)


def server_url(dbname: str = "postgres") -> str:
    """The test server's URL for ``dbname`` (the server starts on first use; ~1 s)."""
    global _server
    with _lock:
        if _server is None:
            with warnings.catch_warnings():  # platformdirs: no XDG_RUNTIME_DIR on a bare machine
                warnings.simplefilter("ignore")
                import pgserver  # only the tests that use PostgreSQL pay for the import

                server = pgserver.get_server(tempfile.mkdtemp(prefix="elarian-pg-"), cleanup_mode="delete")
            with psycopg.connect(str(server.get_uri("postgres")), autocommit=True) as conn:
                # a throwaway server: nothing in it needs to reach the disk (as the tests' SQLite
                # stores are written without syncing)
                conn.execute("ALTER SYSTEM SET fsync = off")
                conn.execute("ALTER SYSTEM SET synchronous_commit = off")
                conn.execute("ALTER SYSTEM SET full_page_writes = off")
                conn.execute("SELECT pg_reload_conf()")
            _server = server
    return str(_server.get_uri(dbname))


@contextmanager
def database() -> Iterator[str]:
    """A new, empty database on the test server: its URL; dropped on the way out (the connections
    still open to it are ended first)."""
    name = f"elarian_test_{os.getpid()}_{next(_numbers)}"
    admin = server_url()
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield server_url(name)
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
