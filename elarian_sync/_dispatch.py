"""Running users' handlers: a keyed worker pool, handler calling conventions, app data serializers.

``KeyedPool`` runs tasks on a fixed set of worker threads; tasks with the same
key (a customer) run one at a time in submission order, different keys in
parallel. The reader thread only submits; user code never runs on it.

A handler is called with as many of ``(notification, customer, app_data,
callback)`` as it has positional parameters without defaults. It answers by calling ``callback(message=None,
app_data=None)`` (from any thread, once), or by returning its answer: ``None``,
a ``Message``, or ``(message, app_data)``. A handler that takes no callback and
returns is answered at once; one that takes the callback is answered when it
calls it, or empty after the notification timeout.
"""

from __future__ import annotations

import inspect
import json
import logging
import queue
import threading
from collections import deque
from collections.abc import Callable, Hashable
from concurrent.futures import Future
from typing import Any, Protocol, TypeVar

from ._generated.models import Message
from ._handlers import AppData
from .errors import ArgumentTypeError, ArgumentValueError, wrong_type

log = logging.getLogger("elarian_sync")

_STOP = object()

T = TypeVar("T")
R = TypeVar("R")


def then(future: Future[T], convert: Callable[[T], R]) -> Future[R]:
    """A future of ``convert(result)`` (run where ``future`` completes: the reader thread,
    so ``convert`` must be quick and must not block)."""
    out: Future[R] = Future()

    def done(source: Future[T]) -> None:
        try:
            out.set_result(convert(source.result()))
        except BaseException as exc:  # handed to the caller's future
            out.set_exception(exc)

    future.add_done_callback(done)
    return out


class KeyedPool:
    def __init__(self, workers: int, name: str) -> None:
        if workers < 1:
            raise ArgumentValueError(f"workers must be at least 1, not {workers}")
        self._lock = threading.Lock()
        self._idle = threading.Condition(self._lock)  # notified when a key's last task is done
        self._queues: dict[Hashable, deque[Callable[[], None]]] = {}
        self._ready: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._threads = [
            threading.Thread(target=self._work, name=f"{name}-{i}", daemon=True) for i in range(workers)
        ]
        self._stopped = False
        for thread in self._threads:
            thread.start()

    def submit(self, key: Hashable, task: Callable[[], None]) -> None:
        with self._lock:
            if self._stopped:
                return
            waiting = self._queues.get(key)
            if waiting is not None:
                waiting.append(task)
                return
            self._queues[key] = deque([task])
        self._ready.put(key)

    def _work(self) -> None:
        while True:
            key = self._ready.get()
            if key is _STOP:
                return
            with self._lock:
                task = self._queues[key][0]
            try:
                task()
            except Exception:
                log.exception("a notification task failed")
            with self._lock:
                waiting = self._queues[key]
                waiting.popleft()
                if not waiting:
                    del self._queues[key]
                    if not self._queues:
                        self._idle.notify_all()
                    continue
            self._ready.put(key)  # the key's next task, behind other keys' work

    def shutdown(self, timeout: float = 5.0) -> None:
        """Take no more tasks, run those already submitted (within ``timeout``), stop the threads."""
        current = threading.current_thread()
        with self._lock:
            if self._stopped:
                return
            self._stopped = True
            if current not in self._threads:  # a task shutting its own pool cannot wait for itself
                # a key's next task is queued behind the stop signals: let every queue drain first
                self._idle.wait_for(lambda: not self._queues, timeout)
        for _ in self._threads:
            self._ready.put(_STOP)
        for thread in self._threads:
            if thread is not current:
                thread.join(timeout)


class Serializer(Protocol):
    """Turns app data dicts into the text stored in Elarian, and back."""

    def dumps(self, value: Any) -> str: ...

    def loads(self, text: str) -> Any: ...


class JsonSerializer:
    """App data as JSON (what Elarian's own SDKs store). Text that is not JSON reads as itself."""

    def dumps(self, value: Any) -> str:
        return json.dumps(value, separators=(",", ":"), ensure_ascii=False)

    def loads(self, text: str) -> Any:
        try:
            return json.loads(text)
        except ValueError:
            return text


def encode_app_data(serializer: Serializer, value: Any, name: str = "app_data") -> str | bytes:
    """App data as stored: ``str`` and ``bytes`` as they are, anything else through the serializer."""
    if isinstance(value, (str, bytes)):
        return value
    try:
        return serializer.dumps(value)
    except (TypeError, ValueError) as exc:
        raise ArgumentTypeError(f"{name} cannot be serialized: {exc}") from None


def decode_app_data(serializer: Serializer, value: str | bytes | None) -> AppData:
    if value is None or isinstance(value, bytes):
        return value
    decoded: AppData = serializer.loads(value)
    return decoded


def arity(handler: Callable[..., Any]) -> int:
    """How many of (notification, customer, app_data, callback) a handler takes: its positional
    parameters without a default (``*args`` takes all four). A parameter with a default is the
    handler's own (``lambda n, tag=tag: ...`` takes just the notification)."""
    try:
        parameters = inspect.signature(handler).parameters.values()
    except (TypeError, ValueError):
        return 4
    count = 0
    for p in parameters:
        if p.kind is p.VAR_POSITIONAL:
            return 4
        if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD) and p.default is p.empty:
            count += 1
    return min(count, 4)


class Answer:
    """What a handler answered: a reply message and/or new app data (``app_data_set``)."""

    __slots__ = ("app_data", "app_data_set", "message")

    def __init__(self) -> None:
        self.message: Message | None = None
        self.app_data: Any = None
        self.app_data_set = False


def run_handler(
    handler: Callable[..., Any], takes: int, args: tuple[Any, ...], timeout: float, event: str
) -> Answer | None:
    """Call a handler by its convention; its answer, or None (answer empty) when it raised,
    returned something unusable or never called back."""
    done = threading.Event()
    answer = Answer()
    lock = threading.Lock()

    def callback(message: Message | None = None, app_data: Any = None) -> None:
        if message is not None and not isinstance(message, Message):
            raise wrong_type("callback's message", "Message or None", message)
        with lock:
            if done.is_set():
                log.warning("the %s handler called back more than once; the first answer stands", event)
                return
            answer.message = message
            answer.app_data = app_data
            answer.app_data_set = app_data is not None
            done.set()

    try:
        result = handler(*(*args[:3], callback)[:takes])
    except Exception:
        log.exception("the %s handler raised; answering with an empty reply", event)
        return None
    if result is not None and not done.is_set():
        if isinstance(result, Message):
            callback(result)
        elif isinstance(result, tuple) and len(result) == 2:
            try:
                callback(result[0], result[1])
            except TypeError:
                log.exception("the %s handler returned an unusable answer", event)
                return None
        else:
            log.error(
                "the %s handler returned a %s; return None, a Message or (message, app_data)",
                event,
                type(result).__name__,
            )
            return None
    if takes < 4 and not done.is_set():
        return answer  # a handler without a callback answers by returning
    if not done.wait(timeout):
        log.warning(
            "the %s handler did not call back within %g s; answering with an empty reply", event, timeout
        )
        return None
    return answer
