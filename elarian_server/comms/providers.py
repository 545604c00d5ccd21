"""Providers: what hands a rendered message to the outside world. Here the built-in simulator
provider, the dev org's default: it routes a message to the org's connected simulators (held
in the outbox until one connects), as the runtime's channels do, in the same transaction that
records the outcome, so it sends each message exactly once."""

from __future__ import annotations

from elarian_sync._generated import comms_pb2 as CM
from elarian_sync._generated import messaging_pb2 as M
from elarian_sync._generated import simulator_socket_pb2 as S

from ..config import ChannelNumber
from ..engine.common import enqueue_simulator
from ..store.base import SendRow, Tx

SIMULATOR = "simulator"

_NUMBER_PROVIDER: dict[int, int] = {
    CM.COMMS_CHANNEL_SMS: 2,  # CUSTOMER_NUMBER_PROVIDER_CELLULAR
    CM.COMMS_CHANNEL_EMAIL: 5,  # CUSTOMER_NUMBER_PROVIDER_EMAIL
}


class ProviderError(Exception):
    """A provider refused a message (``temporary``: it may take it later, another may now)."""

    def __init__(self, code: str, message: str, temporary: bool = False) -> None:
        super().__init__(message)
        self.code = code
        self.temporary = temporary


class SimulatorProvider:
    """Sends to the org's simulators: a ``send_message`` notification whose message id is the
    report id (a simulator sees each report's message once)."""

    name = SIMULATOR

    def deliver(
        self, tx: Tx, row: SendRow, message: M.OutboundMessage, sender: ChannelNumber, now: float
    ) -> str:
        def fill(env: S.ServerToSimulatorNotification) -> None:
            sent = env.send_message
            sent.org_id = row.org_id
            sent.customer_id = row.customer_id or ""
            sent.message_id = row.report_id
            sent.customer_number.provider = _NUMBER_PROVIDER[row.channel]  # type: ignore[assignment]
            sent.customer_number.number = row.address
            sent.channel_number.channel = sender.channel  # type: ignore[assignment]
            sent.channel_number.number = sender.number
            sent.message.CopyFrom(message)

        enqueue_simulator(tx, row.org_id, sender.app_id, row.customer_id, now, fill, row.address)
        return row.report_id
