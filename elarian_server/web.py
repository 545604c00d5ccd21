"""The runtime's HTTP side (``elarian-sync serve --http-port PORT``): health, metrics, and the
connectors' inbound events.

cheroot, a thread-pool WSGI server, serves a WSGI application routed by werkzeug: each request
runs on one of the server's threads, like every other piece of user-facing work in the runtime
(docs/architecture.md says why these two). Answers are JSON, errors too (``{"error": ...}``
naming what is wrong), except ``/metrics``, which is Prometheus text.
"""

from __future__ import annotations

import json
import logging
import socket
import threading
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, Protocol

from werkzeug.exceptions import HTTPException
from werkzeug.routing import Map, Rule
from werkzeug.wrappers import Request, Response

from .listeners import BindError
from .metrics import CONTENT_TYPE, Metrics
from .store.base import Store

if TYPE_CHECKING:
    from _typeshed.wsgi import StartResponse, WSGIEnvironment

log = logging.getLogger("elarian_server.web")

Handler = Callable[..., Response]


def json_response(body: object, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    return Response(
        json.dumps(body, separators=(",", ":")) + "\n", status, headers, content_type="application/json"
    )


class Host(Protocol):
    """What the HTTP side needs of its runtime."""

    store: Store
    metrics: Metrics
    health: dict[str, Callable[[], str]]  # more checks: a name, and its state ("up" or what is wrong)

    def listening(self) -> dict[str, str]: ...


def error(status: int, message: str) -> Response:
    """An error answer: the status, and what is wrong in words."""
    return json_response({"error": message}, status)


def _why(host: str, port: int, exc: OSError) -> OSError:
    """The socket error behind cheroot's (its message names it, its ``errno`` does not): binding
    the address once more says it with its number."""
    if exc.errno is not None:
        return exc
    try:
        socket.create_server((host, port)).close()
    except OSError as again:
        return again
    return exc


def _routes(rules: list[tuple[str, str, tuple[str, ...]]]) -> Map:
    """A werkzeug map of (path, endpoint, methods) (a rule belongs to one map: made anew)."""
    return Map([Rule(path, endpoint=endpoint, methods=list(methods)) for path, endpoint, methods in rules])


class HttpSide:
    """The runtime's HTTP listener and its routes."""

    def __init__(self, runtime: Host, host: str, port: int, *, threads: int = 8) -> None:
        self.runtime = runtime
        self.host = host
        self._handlers: dict[str, Handler] = {"healthz": self._healthz, "metrics": self._metrics}
        self._rules: list[tuple[str, str, tuple[str, ...]]] = [
            ("/healthz", "healthz", ("GET",)),
            ("/metrics", "metrics", ("GET",)),
        ]
        self._map = _routes(self._rules)
        from cheroot import wsgi  # loaded only by a runtime that serves HTTP

        self._server = wsgi.Server((host, port), self, numthreads=threads, server_name="elarian-sync")
        self._thread: threading.Thread | None = None
        self.port: int | None = None

    def route(self, path: str, endpoint: str, methods: Iterable[str], handler: Handler) -> None:
        """Serve ``path`` (a werkzeug rule: ``/connectors/<name>/events``) with ``handler``, called
        with the request and the path's variables; before ``start``."""
        self._rules.append((path, endpoint, tuple(methods)))
        self._map = _routes(self._rules)
        self._handlers[endpoint] = handler

    def start(self) -> None:
        try:
            self._server.prepare()  # binds: a port in use fails here, not on the thread
        except OSError as exc:
            address = self._server.bind_addr
            port = int(address[1]) if isinstance(address, tuple) else 0
            raise BindError("http", self.host, port, _why(self.host, port, exc)) from exc
        address = self._server.bind_addr
        assert isinstance(address, tuple)
        self.port = int(address[1])
        self._thread = threading.Thread(target=self._server.serve, name="elarian-server-http", daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def stop(self) -> None:
        if self._thread is None:
            return
        self._server.stop()  # waits for the requests in progress (their threads), then closes
        self._thread.join(10)
        self._thread = None

    # -- WSGI -----------------------------------------------------------------------------------------

    def __call__(self, environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        request = Request(environ)
        try:
            endpoint, values = self._map.bind_to_environ(environ).match()
            response = self._handlers[str(endpoint)](request, **values)
        except HTTPException as exc:  # no such path (404), a method it does not take (405)
            response = error(exc.code or 500, f"{exc.name}: {exc.description}")
            if exc.code == 405:
                response.headers["Allow"] = ", ".join(exc.valid_methods or ())  # type: ignore[attr-defined]
        except Exception as exc:
            log.exception("HTTP %s %s failed", request.method, request.path)
            response = error(500, f"the runtime failed to handle the request: {exc}")
        return response(environ, start_response)

    # -- routes ---------------------------------------------------------------------------------------

    def _healthz(self, request: Request) -> Response:
        """200 when the store answers, the listeners are up and so is what ``runtime.health``
        names (``serve``'s worker process); 503 naming what is not."""
        checks: dict[str, Any] = {}
        problems = []
        try:
            self.runtime.store.ping()
            checks["store"] = "ok"
        except Exception as exc:
            checks["store"] = f"unreachable: {exc}"
            problems.append("store")
        listening = self.runtime.listening()
        checks["listeners"] = listening
        if not listening or any(state != "up" for state in listening.values()):
            problems.append("listeners")
        for name, read in self.runtime.health.items():
            checks[name] = read()
            if checks[name] != "up":
                problems.append(name)
        body = {"status": "ok" if not problems else "unhealthy", "checks": checks}
        return json_response(body, 503 if problems else 200)

    def _metrics(self, request: Request) -> Response:
        return Response(self.runtime.metrics.text(), 200, content_type=CONTENT_TYPE)
