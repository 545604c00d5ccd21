"""Interop with Elarian's own JavaScript SDK (npm elarian 0.2.25, test-only; Node runs it).

The SDK dials the runtime over TCP + TLS, trusting a test CA through
NODE_EXTRA_CA_CERTS, creates a customer, updates and reads metadata and tags,
adds a reminder and receives it. A client we did not write speaking our wire
protocol is the proof of compatibility.
"""

from __future__ import annotations

import json
import os
import shutil
import ssl
import subprocess
from contextlib import ExitStack
from pathlib import Path

import pytest
import trustme

from elarian_server.config import DEV_API_KEY, DEV_APP, DEV_ORG
from elarian_server.store.postgres import PostgresStore
from tests.pg_support import database
from tests.runtime_support import AppClient, number, running

JS = Path(__file__).parent / "js"


def _node_sdk() -> None:
    if shutil.which("node") is None or shutil.which("npm") is None:
        pytest.fail("Node.js and npm are needed for this test (the project's machine has them)")
    if not (JS / "node_modules" / "elarian").exists():
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund", "--silent"], cwd=JS, check=True, timeout=300)


def test_the_javascript_sdk_over_tls(tmp_path: Path) -> None:
    _node_sdk()
    ca = trustme.CA()
    cert = ca.issue_cert("127.0.0.1", "localhost")
    server_tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    cert.configure_cert(server_tls)
    ca_file = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(ca_file))
    with running(tcp_port=0, tls=server_tls) as runtime:
        env = {
            **os.environ,
            "NODE_EXTRA_CA_CERTS": str(ca_file),
            "HOST": "127.0.0.1",
            "PORT": str(runtime.tcp_port),
            "ORG": DEV_ORG,
            "APP": DEV_APP,
            "KEY": DEV_API_KEY,
            "NOW": str(int(runtime.clock.now())),
        }
        node = subprocess.Popen(
            ["node", "interop.js"], cwd=JS, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        steps: dict[str, dict[str, object]] = {}
        assert node.stdout is not None
        for line in node.stdout:
            step = json.loads(line)
            steps[step["step"]] = step
            if step["step"] == "reminder-added":
                runtime.clock.advance(5)  # type: ignore[attr-defined]
            if step["step"] == "reminder":  # the JS answered; its customer's next notification follows
                with AppClient(runtime.url, simplex=True) as ours:
                    ours.customer_activity(
                        customer_id=str(step["customerId"]), source="tests", session_id="s", key="follow-up"
                    )
            if step["step"] in ("done", "error"):
                break
        node.wait(30)
        assert "error" not in steps, (steps.get("error"), node.stderr.read() if node.stderr else "")
        created = steps["created"]
        assert created["status"] is True and str(created["customerId"]).startswith("el_cst_")
        assert steps["metadata"]["metadata"] == {"name": "Ann", "visits": 3}
        assert steps["tags"]["tags"] == [{"key": "segment", "value": "gold", "expiration": 0}]
        assert steps["reminder-added"]["status"] is True
        reminder = steps["reminder"]
        assert reminder["key"] == "pay" and reminder["payload"] == "loan 42"
        assert reminder["customerId"] == created["customerId"]
        # sent once the reminder's answer was taken: with the app data that answer set
        assert steps["activity"] == {
            "step": "activity",
            "key": "follow-up",
            "appData": {"seenBy": "javascript"},
        }
        assert node.returncode == 0
        # what the JavaScript SDK did is there for our own client to see
        with AppClient(runtime.url) as ours:
            state = ours.get_customer_state(customer_id=str(created["customerId"])).data
            assert state is not None and state.identity_state is not None
            assert state.identity_state.metadata == {"name": '"Ann"', "visits": "3"}  # its JSON serializer
            assert [(t.key, t.value, t.expires_at) for t in state.identity_state.tags] == [
                ("segment", "gold", None)
            ]
            assert (
                ours.lease_customer_app_data(customer_id=str(created["customerId"])).value
                == '{"seenBy":"javascript"}'
            )


@pytest.mark.parametrize("instances", ["one", "two on PostgreSQL"])
def test_the_javascript_sdk_messages_and_takes_a_payment(tmp_path: Path, instances: str) -> None:
    """The JavaScript SDK as the app, our Simulator as the customer: an SMS out, the customer's
    reply answered through the JS handler's callback, a checkout the customer confirms, and the
    payment status back in JavaScript. With two instances on one PostgreSQL database, the JS app
    is on one and our Simulator on the other."""
    from elarian_server.config import DEV_PURSE
    from elarian_sync import (
        Cash,
        Channel,
        InboundMessageBody,
        MessagingChannel,
        PaymentStatus,
        ReconnectPolicy,
        Simulator,
    )

    _node_sdk()
    ca = trustme.CA()
    server_tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1", "localhost").configure_cert(server_tls)
    ca_file = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(ca_file))
    sms = MessagingChannel(channel=Channel.SMS, number="83044")
    with ExitStack() as stack:
        if instances == "one":
            runtime = other = stack.enter_context(running(tcp_port=0, tls=server_tls))
        else:
            url = stack.enter_context(database())
            runtime = stack.enter_context(running(tcp_port=0, tls=server_tls, store=PostgresStore(url)))
            other = stack.enter_context(running(store=PostgresStore(url)))
        phone = stack.enter_context(
            Simulator(
                org_id=DEV_ORG,
                app_id=DEV_APP,
                api_key=DEV_API_KEY,
                url=other.url,
                reconnect=ReconnectPolicy(initial=0.05, maximum=0.5),
            )
        )
        import queue

        seen: queue.Queue[tuple[str, object]] = queue.Queue()
        phone.on("sendMessage", lambda n: seen.put(("sms", n.message.body.text)))
        phone.on("checkoutPayment", lambda n: seen.put(("checkout", n)))
        env = {
            **os.environ,
            "NODE_EXTRA_CA_CERTS": str(ca_file),
            "HOST": "127.0.0.1",
            "PORT": str(runtime.tcp_port),
            "ORG": DEV_ORG,
            "APP": DEV_APP,
            "KEY": DEV_API_KEY,
            "PURSE": DEV_PURSE,
        }
        node = subprocess.Popen(
            ["node", "interop_messaging.js"],
            cwd=JS,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        steps: dict[str, dict[str, object]] = {}
        assert node.stdout is not None
        for line in node.stdout:
            step = json.loads(line)
            steps[step["step"]] = step
            if step["step"] == "sent":
                assert seen.get(timeout=10) == ("sms", "Hello from JavaScript")
                reply = phone.receive_message("+254700000778", sms, None, [InboundMessageBody(text="OK")])
                assert reply.status and reply.message is not None
                assert reply.message.body.text == "We got: OK"  # type: ignore[union-attr]
                kind, checkout = seen.get(timeout=10)
                assert kind == "checkout"
                assert checkout.value == Cash(currency_code="KES", amount=42)  # type: ignore[attr-defined]
                confirmed = phone.update_payment_status(checkout.transaction_id, PaymentStatus.SUCCESS)  # type: ignore[attr-defined]
                assert confirmed.status, confirmed.description
            if step["step"] == "payment-status":  # the JS answered; its customer's next notification follows
                with AppClient(other.url, simplex=True) as ours:
                    ours.customer_activity(
                        customer_number=number("+254700000778"), source="tests", session_id="s", key="done"
                    )
            if step["step"] in ("done", "error"):
                break
        node.wait(30)
        assert "error" not in steps, (steps.get("error"), node.stderr.read() if node.stderr else "")
        assert steps["sent"]["status"] == "sent"
        assert steps["received"]["text"] == "OK"
        assert steps["checkout"]["status"] == "pending_confirmation"
        assert steps["payment-status"] == {
            "step": "payment-status",
            "status": "success",
            "transactionId": steps["checkout"]["transactionId"],
        }
        balance = runtime.purse_balance(DEV_PURSE, "KES")
        assert balance is not None and balance.actual == 1_000_042
