"""A plain script: no web framework, no asyncio, blocking calls that return typed replies.

Run the runtime first (``elarian-sync serve``), then::

    python examples/script.py            # ws://127.0.0.1:8080, or $ELARIAN_URL

It keeps a customer's identity and data, texts them, and reads everything back.
"""

from __future__ import annotations

import os
from datetime import datetime, timedelta, timezone

from elarian_sync import (
    Channel,
    Customer,
    Elarian,
    Message,
    MessageBody,
    MessagingChannel,
    Reminder,
    SecondaryId,
    Tag,
)

ORG_ID = os.environ.get("ELARIAN_ORG_ID", "el_org_eu_1SJ2jx")
APP_ID = os.environ.get("ELARIAN_APP_ID", "el_app_WZFQdt")
API_KEY = os.environ.get(
    "ELARIAN_API_KEY", "el_k_test_80922f5e467e9d5e8067795c263ba0e43c6ef6de7ffa1923aaa189d2772042be"
)
SMS = MessagingChannel(channel=Channel.SMS, number="83044")


def main() -> None:
    with Elarian(org_id=ORG_ID, app_id=APP_ID, api_key=API_KEY) as app:
        ann = Customer(app, customer_number="+254700000001")
        ann.update_metadata({"name": "Ann", "plan": "gold"})
        ann.update_tags([Tag(key="segment", value="gold")])
        ann.update_secondary_ids([SecondaryId(key="national_id", value="12345678")])
        ann.update_app_data({"visits": 1})
        due = datetime.now(timezone.utc) + timedelta(days=30)
        ann.add_reminder(Reminder(key="renewal", remind_at=due, payload="plan renewal"))
        reply = ann.send_message(SMS, Message(body=MessageBody(text="Welcome to Gold, Ann!")))
        print(f"customer {ann.customer_id}")
        print(f"sms: {reply.status.name} ({reply.message_id})")

        state = ann.get_state()
        identity = state.identity_state
        assert identity is not None
        print(f"metadata: {dict(sorted(identity.metadata.items()))}")
        print(f"tags: {[f'{t.key}={t.value}' for t in identity.tags]}")
        print(f"secondary ids: {[f'{s.key}={s.value}' for s in identity.secondary_ids]}")
        print(f"app data: {ann.lease_app_data()}")
        ann.update_app_data({"visits": 2})  # writing it back releases the lease
        messages = state.messaging_state.messages if state.messaging_state else []
        print(f"messages: {[m.sent.message.body.text for m in messages if m.sent and m.sent.message]}")


if __name__ == "__main__":
    main()
