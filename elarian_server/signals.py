"""Stopping a long-running command (``serve``, ``worker``, ``demo --keep-running``) on a signal."""

from __future__ import annotations

import logging
import signal
import threading
from types import FrameType

log = logging.getLogger("elarian_server.cli")


def stop_on_signals(interrupt: bool = True, stop: threading.Event | None = None) -> threading.Event:
    """An event (``stop``, else a new one) SIGTERM and (with ``interrupt``) SIGINT set from here
    on: what a long-running command waits on."""
    stop = stop if stop is not None else threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        log.info("stopping (signal %d)", signum)
        stop.set()

    if interrupt:
        signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)
    return stop
