# generated from proto/ by `python -m codegen`; do not edit.
"""``on()``, typed per event: each client kind's mixin gives one overload per event name
(snake_case and the spec's camelCase), so a type checker checks the handler's parameters
against the event's notification class. ``_on`` (the client's) does the work.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal, TypeVar, overload

from elarian_sync._handlers import AppHandler
from elarian_sync._handlers import ConnectionHandler
from elarian_sync._handlers import ErrorHandler
from elarian_sync._handlers import SimulatorHandler

from .notifications import *  # noqa: F403

__all__ = [
    "AppEvents",
    "SimulatorEvents",
]

_AppEvents = TypeVar("_AppEvents", bound="AppEvents")


class AppEvents:
    """``on()`` for the app client's events."""

    __slots__ = ()

    @overload
    def on(
        self: _AppEvents,
        event: Literal["error"],
        handler: ErrorHandler,
    ) -> _AppEvents: ...

    @overload
    def on(
        self: _AppEvents,
        event: Literal["closed", "pending", "connecting", "connected"],
        handler: ConnectionHandler,
    ) -> _AppEvents: ...

    @overload
    def on(
        self: _AppEvents,
        event: Literal["reminder"],
        handler: AppHandler[ReminderNotification],
    ) -> _AppEvents: ...

    @overload
    def on(
        self: _AppEvents,
        event: Literal["messaging_session_started", "messagingSessionStarted"],
        handler: AppHandler[MessagingSessionStartedNotification],
    ) -> _AppEvents: ...

    @overload
    def on(
        self: _AppEvents,
        event: Literal["messaging_session_renewed", "messagingSessionRenewed"],
        handler: AppHandler[MessagingSessionRenewedNotification],
    ) -> _AppEvents: ...

    @overload
    def on(
        self: _AppEvents,
        event: Literal["messaging_session_ended", "messagingSessionEnded"],
        handler: AppHandler[MessagingSessionEndedNotification],
    ) -> _AppEvents: ...

    @overload
    def on(
        self: _AppEvents,
        event: Literal["messaging_consent_update", "messagingConsentUpdate"],
        handler: AppHandler[MessagingConsentUpdateNotification],
    ) -> _AppEvents: ...

    @overload
    def on(
        self: _AppEvents,
        event: Literal["received_sms", "receivedSms"],
        handler: AppHandler[ReceivedSmsNotification],
    ) -> _AppEvents: ...

    @overload
    def on(
        self: _AppEvents,
        event: Literal["received_fb_messenger", "receivedFbMessenger"],
        handler: AppHandler[ReceivedFbMessengerNotification],
    ) -> _AppEvents: ...

    @overload
    def on(
        self: _AppEvents,
        event: Literal["received_telegram", "receivedTelegram"],
        handler: AppHandler[ReceivedTelegramNotification],
    ) -> _AppEvents: ...

    @overload
    def on(
        self: _AppEvents,
        event: Literal["received_whatsapp", "receivedWhatsapp"],
        handler: AppHandler[ReceivedWhatsappNotification],
    ) -> _AppEvents: ...

    @overload
    def on(
        self: _AppEvents,
        event: Literal["received_email", "receivedEmail"],
        handler: AppHandler[ReceivedEmailNotification],
    ) -> _AppEvents: ...

    @overload
    def on(
        self: _AppEvents,
        event: Literal["voice_call", "voiceCall"],
        handler: AppHandler[VoiceCallNotification],
    ) -> _AppEvents: ...

    @overload
    def on(
        self: _AppEvents,
        event: Literal["ussd_session", "ussdSession"],
        handler: AppHandler[UssdSessionNotification],
    ) -> _AppEvents: ...

    @overload
    def on(
        self: _AppEvents,
        event: Literal["message_status", "messageStatus"],
        handler: AppHandler[MessageStatusNotification],
    ) -> _AppEvents: ...

    @overload
    def on(
        self: _AppEvents,
        event: Literal["sent_message_reaction", "sentMessageReaction"],
        handler: AppHandler[SentMessageReactionNotification],
    ) -> _AppEvents: ...

    @overload
    def on(
        self: _AppEvents,
        event: Literal["received_payment", "receivedPayment"],
        handler: AppHandler[ReceivedPaymentNotification],
    ) -> _AppEvents: ...

    @overload
    def on(
        self: _AppEvents,
        event: Literal["payment_status", "paymentStatus"],
        handler: AppHandler[PaymentStatusNotification],
    ) -> _AppEvents: ...

    @overload
    def on(
        self: _AppEvents,
        event: Literal["customer_activity", "customerActivity"],
        handler: AppHandler[CustomerActivityNotification],
    ) -> _AppEvents: ...

    @overload
    def on(
        self: _AppEvents,
        event: Literal["comms_send_status", "commsSendStatus"],
        handler: AppHandler[CommsSendStatusNotification],
    ) -> _AppEvents: ...

    @overload
    def on(
        self: _AppEvents,
        event: Literal["comms_campaign_status", "commsCampaignStatus"],
        handler: AppHandler[CampaignStatusNotification],
    ) -> _AppEvents: ...

    def on(self: _AppEvents, event: str, handler: Callable[..., object]) -> _AppEvents:
        """Handle ``event`` (the spec's camelCase or snake_case) with ``handler``, replacing any
        earlier one; returns the client, so calls chain."""
        self._on(event, handler)
        return self

    def _on(self, event: str, handler: Callable[..., object]) -> None:
        raise NotImplementedError  # pragma: no cover - the client implements it

_SimulatorEvents = TypeVar("_SimulatorEvents", bound="SimulatorEvents")


class SimulatorEvents:
    """``on()`` for the simulator client's events."""

    __slots__ = ()

    @overload
    def on(
        self: _SimulatorEvents,
        event: Literal["error"],
        handler: ErrorHandler,
    ) -> _SimulatorEvents: ...

    @overload
    def on(
        self: _SimulatorEvents,
        event: Literal["closed", "pending", "connecting", "connected"],
        handler: ConnectionHandler,
    ) -> _SimulatorEvents: ...

    @overload
    def on(
        self: _SimulatorEvents,
        event: Literal["send_message", "sendMessage"],
        handler: SimulatorHandler[SendMessageSimulatorNotification],
    ) -> _SimulatorEvents: ...

    @overload
    def on(
        self: _SimulatorEvents,
        event: Literal["make_voice_call", "makeVoiceCall"],
        handler: SimulatorHandler[MakeVoiceCallSimulatorNotification],
    ) -> _SimulatorEvents: ...

    @overload
    def on(
        self: _SimulatorEvents,
        event: Literal["send_customer_payment", "sendCustomerPayment"],
        handler: SimulatorHandler[SendCustomerPaymentSimulatorNotification],
    ) -> _SimulatorEvents: ...

    @overload
    def on(
        self: _SimulatorEvents,
        event: Literal["send_channel_payment", "sendChannelPayment"],
        handler: SimulatorHandler[SendChannelPaymentSimulatorNotification],
    ) -> _SimulatorEvents: ...

    @overload
    def on(
        self: _SimulatorEvents,
        event: Literal["checkout_payment", "checkoutPayment"],
        handler: SimulatorHandler[CheckoutPaymentSimulatorNotification],
    ) -> _SimulatorEvents: ...

    def on(self: _SimulatorEvents, event: str, handler: Callable[..., object]) -> _SimulatorEvents:
        """Handle ``event`` (the spec's camelCase or snake_case) with ``handler``, replacing any
        earlier one; returns the client, so calls chain."""
        self._on(event, handler)
        return self

    def _on(self, event: str, handler: Callable[..., object]) -> None:
        raise NotImplementedError  # pragma: no cover - the client implements it
