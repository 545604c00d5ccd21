"""Messaging sessions: USSD and voice calls, and the windows of WhatsApp, Telegram and Messenger.

USSD and voice are sessions; WhatsApp, Telegram and Messenger keep a window that each inbound
message opens or renews. A session ends when the customer or the app ends it (terminal USSD
menu, hang-up) or after ``session_seconds`` without traffic; ``MessagingSessionStarted``,
``Renewed`` and ``Ended`` go to the app owning the channel number.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from elarian_sync._convert import set_duration, set_timestamp
from elarian_sync._generated import app_socket_pb2 as A
from elarian_sync._generated import messaging_pb2 as M

from ...config import Config
from ...store.base import NumberRow, SessionRow, Tx
from ..common import fill_number, new_id, notify_customer
from .channels import FAILURE, INACTIVITY, NORMAL_CLEARING, WINDOW_CHANNELS, channel_name, fill_channel


class Sessions:
    """Starts, renews and ends sessions; how long one lasts without traffic is the config's."""

    def __init__(self, config: Config) -> None:
        self.config = config

    def _window(self, channel: int) -> float:
        return float(self.config.runtime.session_seconds.get(channel_name(channel), 3600.0))

    def start_session(
        self,
        tx: Tx,
        org_id: str,
        customer_id: str,
        number: NumberRow,
        channel: int,
        channel_number: str,
        app_id: str,
        provider_session_id: str | None,
        now: float,
    ) -> SessionRow:
        session = SessionRow(
            new_id("el_ses_"),
            org_id,
            customer_id,
            channel,
            channel_number,
            number,
            app_id,
            provider_session_id,
            now,
            now + self._window(channel),
        )
        tx.put_session(session)
        self._session_notice(tx, session, "messaging_session_started", now)
        return session

    def renew_session(
        self, tx: Tx, session: SessionRow, now: float, provider_session_id: str | None
    ) -> SessionRow:
        session = replace(
            session,
            expires_at=now + self._window(session.channel),
            provider_session_id=session.provider_session_id or provider_session_id,
        )
        tx.put_session(session)
        if session.channel in WINDOW_CHANNELS:
            self._session_notice(tx, session, "messaging_session_renewed", now)
        return session

    @staticmethod
    def _session_notice(tx: Tx, session: SessionRow, entry: str, now: float) -> None:
        def fill(n: A.MessagingSessionStartedNotification) -> None:
            fill_number(n.customer_number, session.number)
            fill_channel(n.channel_number, session.channel, session.channel_number)
            n.session_id = session.session_id
            if session.expires_at is not None:
                set_timestamp(n.expires_at, session.expires_at)

        notify_customer(tx, session.org_id, session.app_id, session.customer_id, entry, now, fill)

    @staticmethod
    def end_session(tx: Tx, session: SessionRow, reason: int, now: float) -> None:
        tx.put_session(replace(session, ended_at=now, end_reason=reason, pending=None))

        def fill(n: A.MessagingSessionEndedNotification) -> None:
            fill_number(n.customer_number, session.number)
            fill_channel(n.channel_number, session.channel, session.channel_number)
            n.session_id = session.session_id
            set_duration(n.duration, max(0.0, now - session.started_at))
            n.reason = reason  # type: ignore[assignment]

        notify_customer(
            tx, session.org_id, session.app_id, session.customer_id, "messaging_session_ended", now, fill
        )

    def expire_sessions(self, tx: Tx, now: float, limit: int = 1000) -> int:
        expired = tx.expired_sessions(now, limit)
        for session in expired:
            self.end_session(tx, session, INACTIVITY, now)
        return len(expired)


def ended_by_customer(parts: Iterable[M.InboundMessageBody]) -> int | None:
    """How an inbound message ends its session (None: it does not)."""
    U, V = M.UssdSessionStatus, M.VoiceCallStatus
    for part in parts:
        kind = part.WhichOneof("entry")
        if kind == "ussd":
            ussd = part.ussd.status
            if ussd == U.USSD_SESSION_STATUS_COMPLETED:
                return NORMAL_CLEARING
            if ussd == U.USSD_SESSION_STATUS_INCOMPLETE:
                return INACTIVITY
            if ussd == U.USSD_SESSION_STATUS_APP_ERROR:
                return FAILURE
        elif kind == "voice":
            voice = part.voice.status
            if voice == V.VOICE_CALL_STATUS_COMPLETED or part.voice.hangup_cause:
                return NORMAL_CLEARING
            if voice >= 400:
                return FAILURE
    return None
