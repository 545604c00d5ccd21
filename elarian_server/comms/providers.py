"""Providers: what hands a rendered message to the outside world.

* The built-in simulator provider (the dev org's default) routes a message to the org's
  connected simulators (held in the outbox until one connects), as the runtime's channels do,
  in the same transaction that records the outcome, so it sends each message exactly once.
* ``SmtpProvider`` (email, the standard library's smtplib: STARTTLS or TLS, AUTH, a small pool
  of open connections) and ``HttpSmsProvider`` (SMS through an HTTP API shaped like Africa's
  Talking's ``POST /version1/messaging``, with urllib) talk to a server outside the store:
  the sender calls them outside any transaction and records what they said after.

A provider says no with ``ProviderError``: ``temporary`` (a refused connection, a timeout, a
5xx or a throttle: the next provider may take it, this one may later) or permanent (a bad
address, a refused sender: no provider will); ``bounce`` when the recipient's address itself
was refused for good (an SMTP 5xx on RCPT), which suppresses it.
"""

from __future__ import annotations

import abc
import contextlib
import json
import logging
import re
import smtplib
import ssl
import threading
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import make_msgid
from typing import Any

import smpplib.client
import smpplib.exceptions
import smpplib.gsm
import smpplib.smpp

from elarian_sync._generated import messaging_pb2 as M
from elarian_sync._generated import simulator_socket_pb2 as S

from ..config import ChannelNumber, ProviderSettings
from ..engine.common import simulator_notification
from ..store.base import Enqueued, SendRow, Tx
from .bound import NUMBER_PROVIDER

SIMULATOR = "simulator"
log = logging.getLogger("elarian_server.comms")


class ProviderError(Exception):
    """A provider refused a message (``temporary``: it may take it later, another may now;
    ``bounce``: the recipient's address is refused for good; ``unknown``: it may have taken it,
    nobody can tell, so it is neither failed over nor sent again)."""

    def __init__(
        self, code: str, message: str, temporary: bool = False, bounce: bool = False, unknown: bool = False
    ) -> None:
        super().__init__(message)
        self.code = code
        self.temporary = temporary
        self.bounce = bounce
        self.unknown = unknown


@dataclass(frozen=True)
class Outgoing:
    """One rendered message for an outside provider."""

    report_id: str
    channel: int  # CommsChannel
    to: str
    sender: str  # the channel number it goes out from
    text: str
    subject: str = ""
    html: str = ""
    from_address: str = ""
    reply_to: str = ""
    promotional: bool = False


class Provider(abc.ABC):
    """An outside provider: ``send`` blocks (at most about its timeout) and returns the
    provider's id for the message, or raises ``ProviderError``."""

    def __init__(self, settings: ProviderSettings) -> None:
        self.settings = settings
        self.name = settings.name

    @abc.abstractmethod
    def send(self, message: Outgoing) -> str: ...

    @abc.abstractmethod
    def check(self) -> str:
        """Try the settings (connect, log in) without sending; what is wrong, or '' if nothing."""

    def close(self) -> None:  # noqa: B027 - most providers hold nothing open
        """Let go of what it holds open."""

    def _tls(self) -> ssl.SSLContext:
        context = ssl.create_default_context()
        if self.settings.ca_file:
            context.load_verify_locations(self.settings.ca_file)
        return context


class SmtpProvider(Provider):
    """Email over SMTP: From (the template's, else the channel number), Reply-To, multipart text
    and HTML, ``List-Unsubscribe`` on promotional mail; a few connections kept open."""

    def __init__(self, settings: ProviderSettings, pool: int = 4) -> None:
        super().__init__(settings)
        self._idle: list[smtplib.SMTP] = []
        self._pool = pool
        self._lock = threading.Lock()

    def _connect(self) -> smtplib.SMTP:
        s = self.settings
        port = s.port or (465 if s.security == "tls" else 587 if s.security == "starttls" else 25)
        smtp: smtplib.SMTP
        if s.security == "tls":
            smtp = smtplib.SMTP_SSL(s.host, port, timeout=s.timeout, context=self._tls())
        else:
            smtp = smtplib.SMTP(s.host, port, timeout=s.timeout)
        try:
            if s.security == "starttls":
                smtp.starttls(context=self._tls())
            if s.username:
                smtp.login(s.username, s.secret)
        except BaseException:
            _quit(smtp)
            raise
        return smtp

    def _take(self) -> smtplib.SMTP:
        with self._lock:
            if self._idle:
                return self._idle.pop()
        return self._connect()

    def _give(self, smtp: smtplib.SMTP) -> None:
        with self._lock:
            if len(self._idle) < self._pool:
                self._idle.append(smtp)
                return
        _quit(smtp)

    def message(self, out: Outgoing) -> EmailMessage:
        msg = EmailMessage()
        msg["From"] = out.from_address or out.sender
        msg["To"] = out.to
        msg["Subject"] = out.subject
        domain = (out.from_address or out.sender).rpartition("@")[2].rstrip(">") or None
        msg["Message-ID"] = make_msgid(idstring=out.report_id, domain=domain)
        if out.reply_to:
            msg["Reply-To"] = out.reply_to
        if out.promotional:
            msg["List-Unsubscribe"] = f"<mailto:{out.sender}?subject=unsubscribe>"
        msg.set_content(out.text or " ")
        if out.html:
            msg.add_alternative(out.html, subtype="html")
        return msg

    def send(self, message: Outgoing) -> str:
        msg = self.message(message)
        for fresh in (False, True):  # a pooled connection the server closed: once more, anew
            try:
                smtp = self._connect() if fresh else self._take()
            except smtplib.SMTPAuthenticationError as exc:
                raise ProviderError(
                    f"smtp_{exc.smtp_code}", f"{self.name}: login refused: {_said(exc)}", True
                ) from None
            except (OSError, smtplib.SMTPException) as exc:
                raise ProviderError("connect", f"{self.name}: cannot connect: {exc}", True) from None
            try:
                smtp.send_message(msg)
            except smtplib.SMTPServerDisconnected:
                if fresh:
                    raise ProviderError("disconnected", f"{self.name}: the server hung up", True) from None
                continue
            except smtplib.SMTPRecipientsRefused as exc:
                self._give(smtp)
                code, said = next(iter(exc.recipients.values()))
                text = said.decode(errors="replace") if isinstance(said, bytes) else str(said)
                permanent = 500 <= code < 600
                raise ProviderError(
                    f"smtp_{code}",
                    f"{self.name}: {message.to} refused: {code} {text}",
                    not permanent,
                    permanent,
                ) from None
            except smtplib.SMTPResponseException as exc:
                self._give(smtp)
                raise ProviderError(
                    f"smtp_{exc.smtp_code}",
                    f"{self.name}: {exc.smtp_code} {_said(exc)}",
                    not 500 <= exc.smtp_code < 600,
                ) from None
            except (OSError, smtplib.SMTPException) as exc:  # mid-conversation: it may have taken it
                _quit(smtp)
                raise ProviderError("io", f"{self.name}: {exc}", unknown=True) from None
            self._give(smtp)
            return str(msg["Message-ID"])
        raise AssertionError("unreachable")

    def check(self) -> str:
        try:
            smtp = self._connect()
        except smtplib.SMTPAuthenticationError as exc:
            return f"login refused: {exc.smtp_code} {_said(exc)}"
        except (OSError, smtplib.SMTPException) as exc:
            return f"cannot connect to {self.settings.host}:{self.settings.port}: {exc}"
        _quit(smtp)
        return ""

    def close(self) -> None:
        with self._lock:
            idle, self._idle = self._idle, []
        for smtp in idle:
            _quit(smtp)


def _said(exc: smtplib.SMTPResponseException) -> str:
    error = exc.smtp_error
    return error.decode(errors="replace") if isinstance(error, bytes) else str(error)


def _quit(smtp: smtplib.SMTP) -> None:
    try:
        smtp.quit()
    except (OSError, smtplib.SMTPException):
        smtp.close()


# Africa's Talking's per-recipient status codes: sent, or why not.
_HTTP_SENT = {100, 101, 102}
_HTTP_TEMPORARY = {405, 409, 500, 501}  # insufficient balance, throttled, its own errors


class HttpSmsProvider(Provider):
    """SMS through an HTTP API in the shape of Africa's Talking's: a form POST of username, to,
    message and from, the key in an ``apiKey`` header, a JSON answer per recipient."""

    def __init__(self, settings: ProviderSettings) -> None:
        super().__init__(settings)
        context = self._tls() if settings.url.startswith("https://") else None
        # no redirects: they would carry the API key to wherever the answer points
        self._opener = urllib.request.build_opener(_NoRedirect, urllib.request.HTTPSHandler(context=context))

    def _post(self, fields: dict[str, str]) -> tuple[int, bytes]:
        request = urllib.request.Request(
            self.settings.url,
            data=urllib.parse.urlencode(fields).encode(),
            headers={
                "apiKey": self.settings.secret,
                "Accept": "application/json",
                "Content-Type": "application/x-www-form-urlencoded",
            },
            method="POST",
        )
        try:
            with self._opener.open(request, timeout=self.settings.timeout) as response:
                return int(response.status), response.read()
        except urllib.error.HTTPError as exc:
            return int(exc.code), exc.read()

    def send(self, message: Outgoing) -> str:
        fields = {"username": self.settings.username, "to": message.to, "message": message.text}
        if message.sender:
            fields["from"] = message.sender
        try:
            status, body = self._post(fields)
        except urllib.error.URLError as exc:  # it did not connect: nothing was sent
            raise ProviderError("connect", f"{self.name}: {exc.reason}", True) from None
        except OSError as exc:  # connected, then no (whole) answer: it may have taken it
            raise ProviderError("no_answer", f"{self.name}: {exc}", unknown=True) from None
        if status == 429 or status >= 500 or status in (401, 403):  # throttled, down, or its keys
            raise ProviderError(f"http_{status}", f"{self.name}: HTTP {status} {body[:200]!r}", True)
        if status >= 400:
            raise ProviderError(f"http_{status}", f"{self.name}: HTTP {status} {body[:200]!r}")
        try:
            recipient = json.loads(body)["SMSMessageData"]["Recipients"][0]
            code, said, message_id = (
                int(recipient["statusCode"]),
                str(recipient["status"]),
                recipient.get("messageId", ""),
            )
        except (ValueError, KeyError, IndexError, TypeError):  # a 2xx it could not read: maybe sent
            raise ProviderError(
                "bad_answer", f"{self.name}: an answer it could not read: {body[:200]!r}", unknown=True
            ) from None
        if code in _HTTP_SENT:
            return str(message_id)
        raise ProviderError(f"at_{code}", f"{self.name}: {said} ({code})", code in _HTTP_TEMPORARY)

    def check(self) -> str:
        try:
            status, _ = self._post({"username": self.settings.username, "to": "", "message": ""})
        except (OSError, urllib.error.URLError) as exc:
            return f"cannot reach {self.settings.url}: {getattr(exc, 'reason', exc)}"
        if status in (401, 403):
            return f"the API key was refused (HTTP {status})"
        if status >= 500:
            return f"the API answered HTTP {status}"
        return ""


# -- SMPP -----------------------------------------------------------------------------------------------

Receipt = Callable[[str, str, bool], None]
"""A delivery receipt: (provider name, the provider's message id, delivered or not)."""
Inbound = Callable[[str, str, str], None]
"""A mobile-originated message: (the customer's number, the channel number it was sent to, text)."""

_SMPP_TEMPORARY = {0x14, 0x58, 0x08, 0x45}  # queue full, throttled, system error, submit failed
_RECEIPT_FLAG = 0x04  # esm_class: an SMSC delivery receipt


class _Client(smpplib.client.Client):  # type: ignore[misc]
    """smpplib's client with its writes under one lock: the reader thread answers enquire_link
    and deliver_sm while workers submit."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.write_lock = threading.Lock()

    def send_pdu(self, p: Any) -> bool:
        with self.write_lock:
            return bool(super().send_pdu(p))


class _Submitted:
    __slots__ = ("done", "dropped", "message_id", "part", "status")

    def __init__(self, part: int = 0) -> None:
        self.part = part  # which part of its message (0: the first)
        self.done = threading.Event()
        self.status = 0
        self.message_id = ""
        self.dropped = False


class SmppProvider(Provider):
    """SMS over SMPP 3.4 through smpplib: one transceiver bind, held by a thread of its own that
    reads every PDU (submit_sm_resp, deliver_sm: receipts and mobile-originated messages,
    enquire_link), enquires the link when it is quiet, and binds again after a drop. A long
    message goes as concatenated parts (UDH); each part asks for a delivery receipt."""

    def __init__(self, settings: ProviderSettings, on_receipt: Receipt, on_inbound: Inbound) -> None:
        super().__init__(settings)
        self.on_receipt = on_receipt
        self.on_inbound = on_inbound
        self._client: _Client | None = None
        self._bound = threading.Event()
        self._stop = threading.Event()
        self._waiting: dict[int, _Submitted] = {}
        self._later_parts: dict[str, None] = {}  # ids of long messages' later parts (in order)
        self._lock = threading.Lock()
        self.binds = 0  # how many times it bound (reconnects show here)
        self._problem = ""
        self._thread = threading.Thread(target=self._run, name=f"elarian-smpp-{settings.name}", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        backoff = 0.1
        while not self._stop.is_set():
            client = _Client(self.settings.host, self.settings.port or 2775, timeout=self.settings.timeout,
                             allow_unknown_opt_params=True)  # fmt: skip
            client.set_message_sent_handler(self._sent)
            client.set_message_received_handler(self._received)
            client.set_error_pdu_handler(self._error)
            try:
                client.connect()
                client.bind_transceiver(system_id=self.settings.username, password=self.settings.secret)
                with self._lock:
                    self._client, self._problem = client, ""
                self.binds += 1
                self._bound.set()
                backoff = 0.1
                while not self._stop.is_set():
                    client.read_once()  # a quiet link: an enquire_link on the socket's timeout
            except Exception as exc:
                if not self._stop.is_set():
                    log.warning("SMPP provider %s: %s; binding again", self.name, exc or "the link dropped")
                    self._problem = str(exc) or "the link dropped"
            finally:
                self._bound.clear()
                with self._lock:
                    self._client = None
                    dropped, self._waiting = self._waiting, {}
                for waiter in dropped.values():
                    waiter.dropped = True
                    waiter.done.set()
                with contextlib.suppress(Exception):  # a dead socket: nothing to close cleanly
                    client.disconnect()
            self._stop.wait(backoff)
            backoff = min(backoff * 2, 5.0)

    def _sent(self, pdu: Any, **_: Any) -> None:
        with self._lock:
            waiter = self._waiting.pop(pdu.sequence, None)
        if waiter is not None:
            waiter.status = int(pdu.status)
            raw = getattr(pdu, "message_id", b"") or b""
            waiter.message_id = raw.decode(errors="replace") if isinstance(raw, bytes) else str(raw)
            if waiter.part and not waiter.status:
                # noted here, on the reader thread, before it reads the receipt that may follow:
                # a later part's receipt says nothing the first part's does not
                with self._lock:
                    self._later_parts[waiter.message_id] = None
                    while len(self._later_parts) > 10_000:
                        del self._later_parts[next(iter(self._later_parts))]
            waiter.done.set()

    def _error(self, pdu: Any) -> None:
        """A PDU with an error status: a refused submit is its sender's answer, not a broken link."""
        if pdu.command == "submit_sm_resp":
            self._sent(pdu)
        else:
            log.warning("SMPP provider %s: %s with status 0x%02x", self.name, pdu.command, int(pdu.status))

    def _received(self, pdu: Any, **_: Any) -> int:
        text = pdu.short_message or b""
        body = text.decode("utf-16-be" if pdu.data_coding == 8 else "latin-1", errors="replace")
        try:
            if pdu.esm_class & _RECEIPT_FLAG:
                fields = dict(re.findall(r"(\w+):(\S+)", body))
                receipted = getattr(pdu, "receipted_message_id", None)
                message_id = receipted.decode() if isinstance(receipted, bytes) else fields.get("id", "")
                with self._lock:
                    later = self._later_parts.pop(message_id, 0) is None
                if not later:
                    self.on_receipt(self.name, message_id, fields.get("stat", "").upper() == "DELIVRD")
            else:
                sender = (
                    pdu.source_addr.decode() if isinstance(pdu.source_addr, bytes) else str(pdu.source_addr)
                )
                to = pdu.destination_addr
                to = to.decode() if isinstance(to, bytes) else str(to)
                number = sender if sender.startswith("+") or pdu.source_addr_ton != 1 else "+" + sender
                self.on_inbound(number, to, body)
        except Exception:
            log.exception("SMPP provider %s: a deliver_sm could not be taken", self.name)
            return 0x08  # ESME_RSYSERR: the SMSC keeps it and delivers it again
        return 0

    def send(self, message: Outgoing) -> str:
        if not self._bound.wait(self.settings.timeout):
            raise ProviderError(
                "not_bound", f"{self.name}: not bound ({self._problem or 'connecting'})", True
            )
        parts, coding, esm = smpplib.gsm.make_parts(message.text)
        ids: list[str] = []
        for i, part in enumerate(parts):
            with self._lock:
                client = self._client
                if client is None:
                    raise ProviderError(
                        "not_bound", f"{self.name}: the link dropped", True, unknown=bool(ids)
                    )
                pdu = smpplib.smpp.make_pdu(
                    "submit_sm", client=client,
                    source_addr_ton=5 if not message.sender.lstrip("+").isdigit() else 1,
                    source_addr=message.sender, dest_addr_ton=1, dest_addr_npi=1,
                    destination_addr=message.to.lstrip("+"), short_message=part, data_coding=coding,
                    esm_class=esm, registered_delivery=1,
                )  # fmt: skip
                waiter = self._waiting[pdu.sequence] = _Submitted(i)
            try:
                client.send_pdu(pdu)
            except (smpplib.exceptions.ConnectionError, OSError):
                raise ProviderError(
                    "dropped", f"{self.name}: the link dropped while submitting", True, unknown=True
                ) from None
            if not waiter.done.wait(self.settings.timeout) or waiter.dropped:
                # it may have been taken: never sent again
                raise ProviderError(
                    "no_answer", f"{self.name}: no submit_sm_resp for part {i + 1}", unknown=True
                )
            if waiter.status:
                what = f"{self.name}: submit_sm refused (0x{waiter.status:02x})"
                if ids:  # earlier parts went: the message is neither whole nor absent
                    raise ProviderError(
                        f"smpp_{waiter.status:02x}", f"{what} at part {i + 1} of {len(parts)}"
                    )
                raise ProviderError(f"smpp_{waiter.status:02x}", what, waiter.status in _SMPP_TEMPORARY)
            ids.append(waiter.message_id)
        return ids[0] if len(ids) == 1 else ",".join(ids)

    def check(self) -> str:
        if self._bound.wait(self.settings.timeout):
            return ""
        return f"not bound to {self.settings.host}:{self.settings.port}: {self._problem or 'no answer'}"

    def close(self) -> None:
        """Unbind (the reader reads the answer, and the SMSC closes the link), then stop."""
        self._stop.set()
        with self._lock:
            client = self._client
        if client is not None:
            with contextlib.suppress(Exception):  # closing anyway
                client.send_pdu(smpplib.smpp.make_pdu("unbind", client=client))
        self._thread.join(self.settings.timeout + 1)
        if self._thread.is_alive() and client is not None:  # no answer: cut it
            with contextlib.suppress(Exception):
                client.disconnect()
            self._thread.join(self.settings.timeout + 1)


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None  # the 3xx comes back as an HTTPError: the provider refused, naming where to


def external(settings: ProviderSettings, on_receipt: Receipt, on_inbound: Inbound) -> Provider:
    """The provider an outside kind of settings describes."""
    if settings.kind == "smtp":
        return SmtpProvider(settings)
    if settings.kind == "http_sms":
        return HttpSmsProvider(settings)
    if settings.kind == "smpp":
        return SmppProvider(settings, on_receipt, on_inbound)
    raise ValueError(f"no outside provider of kind {settings.kind!r}")


class SimulatorProvider:
    """Sends to the org's simulators: a ``send_message`` notification whose message id is the
    report id (a simulator sees each report's message once)."""

    name = SIMULATOR

    def deliver(
        self, tx: Tx, row: SendRow, message: M.OutboundMessage, sender: ChannelNumber, now: float
    ) -> str:
        tx.enqueue(*self.prepare(row, sender, now, message.SerializeToString()))
        return row.report_id

    @staticmethod
    def prepare(row: SendRow, sender: ChannelNumber, now: float, body: bytes) -> Enqueued:
        """The notification ``deliver`` writes, built beforehand (``body``: the serialized
        ``OutboundMessage``; the report id is its message id)."""

        def fill(env: S.ServerToSimulatorNotification) -> None:
            sent = env.send_message
            sent.org_id = row.org_id
            sent.customer_id = row.customer_id or ""
            sent.message_id = row.report_id
            sent.customer_number.provider = NUMBER_PROVIDER[row.channel]  # type: ignore[assignment]
            sent.customer_number.number = row.address
            sent.channel_number.channel = sender.channel  # type: ignore[assignment]
            sent.channel_number.number = sender.number
            sent.message.MergeFromString(body)

        return simulator_notification(row.org_id, sender.app_id, row.customer_id, now, fill, row.address)
