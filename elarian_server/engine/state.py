"""A customer's state: GetCustomerState, and everything the runtime keeps about one customer.

The state gathers every part of the engine (identity and activity from ``customers``,
channels, messages and sessions from ``messaging``, transactions and wallets from
``payments``), so it sits above them all: they never import it.
"""

from __future__ import annotations

from elarian_sync._convert import set_timestamp
from elarian_sync._generated import activity_pb2 as AC
from elarian_sync._generated import app_socket_pb2 as A

from ..store.base import Tx
from .common import Caller, fill_data, fill_index, fill_number
from .customers import fill_activity, resolve
from .messaging.history import fill_messaging_state
from .payments import fill_payment_state


def get_customer_state(
    tx: Tx, caller: Caller, cmd: A.GetCustomerStateCommand, now: float
) -> A.AppToServerCommandReply:
    customer_id = resolve(tx, caller, cmd, now, create=False)
    reply = A.AppToServerCommandReply()
    body = reply.get_customer_state
    body.status = True
    fill_state(tx, body.data, customer_id, caller.org_id, now)
    return reply


def fill_state(tx: Tx, data: A.CustomerStateReplyData, customer_id: str, org_id: str, now: float) -> None:
    """Everything the runtime keeps about one customer of ``org_id``, as CustomerStateReplyData."""
    data.customer_id = customer_id
    for section in (data.identity_state, data.messaging_state, data.payment_state, data.activity_state):
        section.SetInParent()  # every section is there, empty or not
    fill_messaging_state(tx, data.messaging_state, customer_id)
    fill_payment_state(tx, data.payment_state, customer_id, org_id)
    identity = data.identity_state
    known = tx.identity(customer_id, now)
    for tag in known.tags:
        fill_index(identity.tags.add(), tag)
    for key, value in known.metadata.items():
        fill_data(identity.metadata[key], value)
    for secondary in known.secondary_ids:
        fill_index(identity.secondary_ids.add(), secondary)
    for number in known.numbers:
        fill_number(data.payment_state.customer_numbers.add(), number)
        fill_number(data.activity_state.customer_numbers.add(), number)
    sessions: dict[tuple[str, str, str], AC.ActivitySessionState] = {}
    spans: dict[tuple[str, str, str], tuple[float, float]] = {}  # earliest and latest activity
    for activity in tx.activities(customer_id):
        session_key = (activity.source, activity.session_id, activity.app_id)
        session = sessions.get(session_key)
        if session is None:
            session = data.activity_state.sessions.add()
            session.source, session.session_id, session.app_id = session_key
            if activity.number is not None:
                fill_number(session.customer_number, activity.number)
            sessions[session_key] = session
        at = activity.created_at
        first, last = spans.get(session_key, (at, at))
        spans[session_key] = (min(first, at), max(last, at))
        fill_activity(session.activities.add(), activity)
    for session_key, (first, last) in spans.items():  # activities may be recorded after the fact
        set_timestamp(sessions[session_key].created_at, first)
        set_timestamp(sessions[session_key].updated_at, last)
