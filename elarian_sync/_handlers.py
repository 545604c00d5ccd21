"""The types of notification handlers, for ``on()``'s per-event overloads and for users.

A handler takes the first one to four of ``(notification, customer, app_data,
callback)`` (see ``_dispatch``); each form is a member of the union, so a
handler that takes only the notification type-checks as well as one that takes
all four. Simulator handlers take the notification alone.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol, TypeVar, Union

if TYPE_CHECKING:
    from ._generated.models import Message
    from .customer import Customer
    from .errors import ElarianError

N = TypeVar("N")

AppData = Union[dict[str, Any], list[Any], str, bytes, int, float, bool, None]  # noqa: UP007 - a runtime alias
"""A customer's app data as the client's serializer decodes it: with the default JSON
serializer, what the app stored (a dict, most often); text that is not JSON as a str; bytes
as stored; None when there is none."""


class Callback(Protocol):
    """Answers a notification: ``callback(message=None, app_data=None)``, once, from any thread."""

    def __call__(self, message: Message | None = None, app_data: Any = None) -> None: ...


AppHandler = Union[  # noqa: UP007 - a runtime alias, generic in N
    Callable[[N], object],
    Callable[[N, "Customer"], object],
    Callable[[N, "Customer", AppData], object],
    Callable[[N, "Customer", AppData, Callback], object],
]
"""An app's handler for notification type ``N``: ``AppHandler[ReceivedSmsNotification]``.
What it returns may answer the notification (a ``Message``, or ``(message, app_data)``)."""

SimulatorHandler = Callable[[N], object]
"""A simulator's handler for notification type ``N``."""

ConnectionHandler = Callable[[], object]
"""A handler of ``connected``, ``closed``, ``pending`` or ``connecting``."""

ErrorHandler = Union[Callable[[], object], Callable[["ElarianError"], object]]  # noqa: UP007
"""A handler of ``error``: it may take the error."""

__all__ = ["AppData", "AppHandler", "Callback", "ConnectionHandler", "ErrorHandler", "SimulatorHandler"]
