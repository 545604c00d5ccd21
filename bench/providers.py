"""Messages/s through the runtime's outside providers against the same client library driven
directly, in the same run.

    .venv/bin/python bench/providers.py [--quick] [--rounds N]

* smtp: queued templated emails through the runtime's SMTP provider to a local SMTP server
  (aiosmtpd's Sink, in its own process), counted when the app has heard every outcome,
  against smtplib sending the same messages to the same server directly (4 threads, one open
  connection each, as the provider's workers hold them).
* http: queued SMS through the runtime's HTTP SMS provider to a local HTTP API in Africa's
  Talking's shape (its own process), against urllib posting the same forms directly (4 threads).
* smpp: the runtime's own ``send_message`` on a channel number bound to its SMPP provider, to the
  tests' SMSC (its own process; delivery receipts off), counted when the app has heard each
  message SENT, against smpplib submitting the same messages directly (4 binds, one submit at a
  time each, as the provider's workers wait for each answer).

The runtime runs as ``elarian-sync serve`` in its own process on a SQLite file. Every loop is
bounded in count and in time.
"""

from __future__ import annotations

import argparse
import re
import smtplib
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from concurrent.futures import Future, ThreadPoolExecutor
from email.message import EmailMessage
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import harness
from harness import orders, ratios, spread

from elarian_server.config import DEV_ADMIN_KEY, DEV_API_KEY, DEV_APP, DEV_ORG

HTTP_API = """
import json, sys, urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
class H(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    n = 0
    def do_POST(self):
        form = urllib.parse.parse_qs(self.rfile.read(int(self.headers["Content-Length"])).decode())
        H.n += 1
        recipient = {"statusCode": 101, "number": form["to"][0], "status": "Success", "cost": "KES 0.8",
                     "messageId": f"ATXid_{H.n}"}
        body = json.dumps({"SMSMessageData": {"Message": "Sent to 1/1", "Recipients": [recipient]}}).encode()
        self.send_response(201)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def log_message(self, *a):
        pass
server = ThreadingHTTPServer(("127.0.0.1", 0), H)
print(server.server_address[1], flush=True)
server.serve_forever()
"""


SMSC = """
import sys
sys.path.insert(0, {root!r})
from tests.smsc import Smsc
smsc = Smsc()
smsc.receipts = False
print(smsc.port, flush=True)
sys.stdin.read()
"""


def free_port() -> int:
    with socket.create_server(("127.0.0.1", 0)) as probe:
        return int(probe.getsockname()[1])


def smtp_server() -> tuple[subprocess.Popen[bytes], int]:
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "aiosmtpd", "-n", "-l", f"127.0.0.1:{port}", "-c", "aiosmtpd.handlers.Sink"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return proc, port
        except OSError:
            time.sleep(0.05)
    proc.kill()
    raise SystemExit("the SMTP server did not start")


def config(tmp: str, smtp_port: int, http_url: str, smpp_port: int) -> str:
    path = Path(tmp) / "providers.toml"
    path.write_text(
        f"""
[[orgs]]
id = "{DEV_ORG}"
api_keys = ["{DEV_API_KEY}"]
admin_keys = ["{DEV_ADMIN_KEY}"]
[[orgs.apps]]
id = "{DEV_APP}"
[[orgs.channels]]
channel = "sms"
number = "83044"
app = "{DEV_APP}"
[[orgs.channels]]
channel = "email"
number = "hello@duka.test"
app = "{DEV_APP}"
[[orgs.providers]]
name = "mail"
kind = "smtp"
channel = "email"
numbers = ["hello@duka.test"]
host = "127.0.0.1"
port = {smtp_port}
[[orgs.channels]]
channel = "sms"
number = "83045"
app = "{DEV_APP}"
[[orgs.providers]]
name = "smsc"
kind = "smpp"
channel = "sms"
numbers = ["83045"]
host = "127.0.0.1"
port = {smpp_port}
username = "duka"
password = "secret"
[[orgs.providers]]
name = "at"
kind = "http_sms"
channel = "sms"
numbers = ["83044"]
url = "{http_url}"
username = "duka"
api_key = "key"
[orgs.comms]
sms_sender = "83044"
email_sender = "hello@duka.test"
""",
        encoding="utf-8",
    )
    return str(path)


def serve(tmp: str, config_path: str) -> tuple[subprocess.Popen[str], str]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "elarian_server.cli", "serve", "--ws-port", "0", "--db", f"{tmp}/bench.db",
         "--config", config_path],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )  # fmt: skip
    assert proc.stdout is not None
    match = re.search(r"(ws://127\.0\.0\.1:\d+)", proc.stdout.readline())
    if not match:
        proc.kill()
        raise SystemExit("the runtime did not start")
    return proc, match.group(1)


class Outcomes:
    def __init__(self) -> None:
        self.count = 0
        self.failed = 0
        self.cond = threading.Condition()

    def __call__(self, notification: Any) -> None:
        with self.cond:
            self.count += 1
            self.failed += notification.outcome.status.name != "SENT"
            self.cond.notify_all()

    def wait_for(self, n: int, timeout: float = 120.0) -> None:
        with self.cond:
            if not self.cond.wait_for(lambda: self.count >= n, timeout):
                raise SystemExit(f"only {self.count} of {n} outcomes within {timeout} s")


def through_runtime(
    app: Any, template_id: str, address: str, count: int, outcomes: Outcomes, seen: int
) -> float:
    from elarian_sync._generated.models import CommsRecipient

    start = time.perf_counter()
    inflight: list[Future[Any]] = []
    for i in range(count):
        recipient = CommsRecipient(address=address.format(i=i))
        inflight.append(
            app.commands.send_template_async(
                template_id=template_id, recipient=recipient, variables={"n": str(i)}, queue=True
            )
        )
        if len(inflight) >= 64:
            inflight.pop(0).result(60)
    for f in inflight:
        f.result(60)
    outcomes.wait_for(seen + count)
    return count / (time.perf_counter() - start)


class Statuses:
    """Counts the app's messageStatus SENT notifications."""

    def __init__(self) -> None:
        self.sent = 0
        self.cond = threading.Condition()

    def __call__(self, notification: Any) -> None:
        if notification.status.name == "SENT":
            with self.cond:
                self.sent += 1
                self.cond.notify_all()

    def wait_for(self, n: int, timeout: float = 120.0) -> None:
        with self.cond:
            if not self.cond.wait_for(lambda: self.sent >= n, timeout):
                raise SystemExit(f"only {self.sent} of {n} messages SENT within {timeout} s")


def smpp_runtime(app: Any, count: int, statuses: Statuses, seen: int) -> float:
    from elarian_sync import Channel, Message, MessageBody, MessagingChannel
    from elarian_sync._generated.models import CustomerNumber

    channel = MessagingChannel(channel=Channel.SMS, number="83045")
    start = time.perf_counter()
    inflight: list[Future[Any]] = []
    for i in range(count):
        inflight.append(
            app.commands.send_message_async(
                customer_number=CustomerNumber(number=f"+2547{i:08d}"),
                channel_number=channel,
                message=Message(body=MessageBody(text=f"Order {i} shipped.")),
            )
        )
        if len(inflight) >= 64:
            inflight.pop(0).result(60)
    for f in inflight:
        f.result(60)
    statuses.wait_for(seen + count)
    return count / (time.perf_counter() - start)


def smpp_direct(port: int, count: int) -> float:
    import smpplib.client
    import smpplib.gsm

    def worker(indexes: range) -> None:
        client = smpplib.client.Client("127.0.0.1", port, timeout=10, allow_unknown_opt_params=True)
        client.set_message_sent_handler(lambda pdu, **kw: None)
        client.connect()
        client.bind_transceiver(system_id="duka", password="secret")
        for i in indexes:
            parts, coding, esm = smpplib.gsm.make_parts(f"Order {i} shipped.")
            for part in parts:
                client.send_message(
                    source_addr_ton=1, source_addr="83045", dest_addr_ton=1, destination_addr=f"2547{i:08d}",
                    short_message=part, data_coding=coding, esm_class=esm, registered_delivery=1,
                )  # fmt: skip
                client.read_once()  # its submit_sm_resp
        client.unbind()
        client.disconnect()

    start = time.perf_counter()
    quarter = count // 4
    threads = [
        threading.Thread(target=worker, args=(range(k * quarter, (k + 1) * quarter),)) for k in range(4)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    return 4 * quarter / (time.perf_counter() - start)


def smtp_direct(port: int, count: int) -> float:
    local = threading.local()

    def one(i: int) -> None:
        smtp = getattr(local, "smtp", None)
        if smtp is None:
            smtp = local.smtp = smtplib.SMTP("127.0.0.1", port, timeout=10)
        msg = EmailMessage()
        msg["From"], msg["To"], msg["Subject"] = "hello@duka.test", f"user{i}@example.com", f"Order {i}"
        msg.set_content(f"Order {i} shipped.")
        msg.add_alternative(f"<p>Order <b>{i}</b> shipped.</p>", subtype="html")
        smtp.send_message(msg)

    start = time.perf_counter()
    with ThreadPoolExecutor(4) as pool:
        list(pool.map(one, range(count)))
    return count / (time.perf_counter() - start)


def http_direct(url: str, count: int) -> float:
    def one(i: int) -> None:
        data = urllib.parse.urlencode(
            {"username": "duka", "to": f"+2547{i:08d}", "message": f"Order {i} shipped.", "from": "83044"}
        ).encode()
        request = urllib.request.Request(
            url, data=data, headers={"apiKey": "key", "Accept": "application/json"}
        )
        with urllib.request.urlopen(request, timeout=10) as response:
            response.read()

    start = time.perf_counter()
    with ThreadPoolExecutor(4) as pool:
        list(pool.map(one, range(count)))
    return count / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="fewer rounds and messages (under a minute)")
    parser.add_argument("--rounds", type=int, help="rounds per figure (default 3, --quick 2)")
    args = parser.parse_args()
    rounds = args.rounds or (2 if args.quick else 3)
    count = 300 if args.quick else 1500
    harness.header("bench/providers.py: outside providers against their client libraries driven directly")
    from elarian_sync import Elarian
    from elarian_sync._generated.models import CommsChannel, TemplateVariant

    smtp_proc, smtp_port = smtp_server()
    http_proc = subprocess.Popen([sys.executable, "-c", HTTP_API], stdout=subprocess.PIPE, text=True)
    assert http_proc.stdout is not None
    http_url = f"http://127.0.0.1:{int(http_proc.stdout.readline())}/version1/messaging"
    smsc_proc = subprocess.Popen(
        [sys.executable, "-c", SMSC.format(root=str(harness.ROOT))],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert smsc_proc.stdout is not None
    smpp_port = int(smsc_proc.stdout.readline())
    with tempfile.TemporaryDirectory() as tmp:
        runtime, url = serve(tmp, config(tmp, smtp_port, http_url, smpp_port))
        try:
            outcomes = Outcomes()
            app = Elarian(org_id=DEV_ORG, app_id=DEV_APP, api_key=DEV_API_KEY, url=url, request_timeout=60)
            statuses = Statuses()
            app.on("commsSendStatus", outcomes).on("messageStatus", statuses)
            app.connect()
            html = TemplateVariant(subject="Order {{ n }}", body="<p>Order <b>{{ n }}</b> shipped.</p>")
            text = TemplateVariant(body="Order {{ n }} shipped.")
            email = app.commands.save_template(
                name="email", channel=CommsChannel.EMAIL, variables=["n"], variants=[html]
            ).template
            sms = app.commands.save_template(
                name="sms", channel=CommsChannel.SMS, variables=["n"], variants=[text]
            ).template
            results: dict[str, list[float]] = {}
            seen = 0
            targets = [
                "smtp runtime",
                "smtp direct",
                "http runtime",
                "http direct",
                "smpp runtime",
                "smpp direct",
            ]
            smpp_seen = 0
            for order in orders(targets, rounds):
                for name in order:
                    if name == "smtp runtime":
                        rate = through_runtime(
                            app, email.template_id, "user{i}@example.com", count, outcomes, seen
                        )
                        seen += count
                    elif name == "http runtime":
                        rate = through_runtime(app, sms.template_id, "+2547{i:08d}", count, outcomes, seen)
                        seen += count
                    elif name == "smpp runtime":
                        rate = smpp_runtime(app, count, statuses, smpp_seen)
                        smpp_seen += count
                    elif name == "smpp direct":
                        rate = smpp_direct(smpp_port, count)
                    elif name == "smtp direct":
                        rate = smtp_direct(smtp_port, count)
                    else:
                        rate = http_direct(http_url, count)
                    results.setdefault(name, []).append(rate)
            failed = f"{outcomes.failed} of {seen} runtime sends not SENT"
            print(f"\n{count} messages a round, {rounds} rounds; {failed}")
            for kind in ("smtp", "http", "smpp"):
                line = f"  {kind}: runtime {spread(results[f'{kind} runtime'])} msgs/s,"
                line += f" direct {spread(results[f'{kind} direct'])} msgs/s,"
                ratio = ratios(results[f"{kind} runtime"], results[f"{kind} direct"])
                line += f" runtime / direct {spread(ratio, '{:.2f}x')}"
                print(line)
            app.disconnect()
        finally:
            runtime.terminate()
            runtime.wait(30)
            smtp_proc.terminate()
            http_proc.terminate()
            assert smsc_proc.stdin is not None
            smsc_proc.stdin.close()
            smsc_proc.wait(10)
            smtp_proc.wait(10)
            http_proc.wait(10)


if __name__ == "__main__":
    main()
