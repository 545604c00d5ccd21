"""proto/ against the published wire schema (../shared/wire, vendored as tests/data).

Compares what ships (the descriptors compiled into elarian_sync._generated) with
the schema, field by field: a renumbering, a type or cardinality change, a moved
oneof member, a missing message/field/enum value fails here. Additions must use
numbers above every published one in their message.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from google.protobuf import descriptor_pb2

from elarian_sync._generated import (
    activity_pb2,
    app_pb2,
    app_socket_pb2,
    common_pb2,
    identity_pb2,
    messaging_pb2,
    payment_pb2,
    simulator_socket_pb2,
)

SCHEMA = Path(__file__).parent / "data" / "elarian-wire-schema.json"
PACKAGE = "com.elarian.hera.proto"
FDP = descriptor_pb2.FieldDescriptorProto
TYPE_NAMES = {v.number: v.name[len("TYPE_") :].lower() for v in FDP.Type.DESCRIPTOR.values}

# Fields and messages we added (with new numbers), by message.
# The communication layer's commands (comms.proto), each answered at its own number.
COMMS = {
    "save_template", "get_template", "list_templates", "preview_template", "delete_template",
    "set_global_variable", "delete_global_variable", "list_global_variables",
    "save_event", "delete_event", "list_events", "trigger_event", "subscribe_event",
    "send_template", "set_otp_config", "list_otp_configs", "send_otp", "verify_otp",
    "list_providers", "test_provider", "set_provider", "delete_provider", "set_provider_defaults",
    "query_reports", "update_suppression", "list_suppressions",
    "query_audit_log",
    "create_audience", "import_audience_chunk", "get_audience", "list_audiences", "delete_audience",
    "list_audience_rejects", "list_audience_members",
    "save_campaign", "get_campaign", "list_campaigns", "start_campaign", "pause_campaign", "resume_campaign",
    "cancel_campaign", "test_campaign",
}  # fmt: skip
CONNECTORS = {
    "list_connectors", "set_webhook_connector", "delete_webhook_connector", "enable_webhook_connector",
    "list_webhook_deliveries", "replay_webhook_deliveries", "get_inbound_event", "replay_inbound_event",
}  # fmt: skip
ADDITIONS = {
    "AppToServerCommand": {"delete_customer", "idempotency_key"} | COMMS | CONNECTORS,
    "AppToServerCommandReply": COMMS | CONNECTORS,
    "ServerToAppNotification": {"comms"},
    "SimulatorToServerCommand": {"idempotency_key"},
    "ServerToAppCustomerNotification": {"notification_id"},
    "ServerToAppPurseNotification": {"notification_id"},
    "ServerToSimulatorNotification": {"notification_id", "created_at"},
    # the SDK spec's fields the published schema lacks
    "EmailMessageBody": {"attachments"},
    "MessagingConsentUpdateNotification": {"session_id"},
    "CustomerActivityCommand": {"created_at", "customer_id", "secondary_id"},
    # a customer named any way the other customer commands allow
    "SendMessageCommand": {"customer_id", "secondary_id"},
    "UpdateMessagingConsentCommand": {"customer_id", "secondary_id"},
    "ReplyToMessageCommand": {"customer_number", "secondary_id"},
    "AdoptCustomerStateCommand": {"customer_number", "secondary_id"},
}
ADDED_MESSAGES = {"DeleteCustomerCommand", "MessageStatusUpdate", "MessageSessionUpdate"}
ENUM_ADDITIONS = {"PaymentStatus": {"PAYMENT_STATUS_PASS_THROUGH"}}


def _ours() -> tuple[dict[str, descriptor_pb2.DescriptorProto], dict[str, dict[str, int]]]:
    messages: dict[str, descriptor_pb2.DescriptorProto] = {}
    enums: dict[str, dict[str, int]] = {}

    def walk(prefix: str, msgs: list[descriptor_pb2.DescriptorProto], enum_types: list) -> None:
        for e in enum_types:
            enums[prefix + e.name] = {v.name: v.number for v in e.value}
        for m in msgs:
            messages[prefix + m.name] = m
            walk(prefix + m.name + ".", list(m.nested_type), list(m.enum_type))

    for module in (
        activity_pb2,
        app_pb2,
        app_socket_pb2,
        common_pb2,
        identity_pb2,
        messaging_pb2,
        payment_pb2,
        simulator_socket_pb2,
    ):
        proto = descriptor_pb2.FileDescriptorProto()
        module.DESCRIPTOR.CopyToProto(proto)
        assert proto.package == PACKAGE
        walk("", list(proto.message_type), list(proto.enum_type))
    return messages, enums


OURS, OUR_ENUMS = _ours()
WIRE = json.loads(SCHEMA.read_text())


def _wire_messages() -> list[tuple[str, dict]]:
    out = []

    def walk(prefix: str, m: dict) -> None:
        out.append((prefix + m["name"], m))
        for n in m.get("nested", []):
            walk(prefix + m["name"] + ".", n)

    for f in WIRE["files"]:
        for m in f["messages"]:
            walk("", m)
    return out


def _wire_enums() -> list[tuple[str, dict]]:
    out = []

    def walk(prefix: str, m: dict) -> None:
        for e in m.get("enums", []):
            out.append((prefix + m["name"] + "." + e["name"], e))
        for n in m.get("nested", []):
            walk(prefix + m["name"] + ".", n)

    for f in WIRE["files"]:
        out.extend((e["name"], e) for e in f["enums"])
        for m in f["messages"]:
            walk("", m)
    return out


def test_schema_file_is_the_published_one() -> None:
    assert WIRE["package"] == PACKAGE
    assert len(_wire_messages()) > 100


@pytest.mark.parametrize("name,wire", _wire_messages(), ids=lambda v: v if isinstance(v, str) else "")
def test_message_matches_the_wire(name: str, wire: dict) -> None:
    ours = OURS.get(name)
    assert ours is not None, f"message {name} is missing"
    assert bool(ours.options.map_entry) == bool(wire.get("map_entry"))
    fields = {f.name: f for f in ours.field}
    for w in wire["fields"]:
        f = fields.get(w["name"])
        assert f is not None, f"{name}.{w['name']} is missing"
        where = f"{name}.{w['name']}"
        assert f.number == w["number"], f"{where} renumbered"
        assert TYPE_NAMES[f.type] == w["type"], f"{where} changed type"
        if "type_name" in w:
            expected = w["type_name"]
            if not expected.startswith("google."):
                expected = f"{PACKAGE}.{expected}"
            assert f.type_name.lstrip(".") == expected, f"{where} changed message/enum type"
        assert (f.label == FDP.LABEL_REPEATED) == bool(w.get("repeated")), f"{where} changed cardinality"
        oneof = ours.oneof_decl[f.oneof_index].name if f.HasField("oneof_index") else None
        assert oneof == w.get("oneof"), f"{where} moved in or out of a oneof"


@pytest.mark.parametrize("name,wire", _wire_messages(), ids=lambda v: v if isinstance(v, str) else "")
def test_additions_use_new_numbers(name: str, wire: dict) -> None:
    ours = OURS[name]
    published = {w["name"] for w in wire["fields"]}
    highest = max((w["number"] for w in wire["fields"]), default=0)
    extra = {f.name: f.number for f in ours.field if f.name not in published}
    assert set(extra) == ADDITIONS.get(name, set()), f"unexpected fields added to {name}: {extra}"
    for field, number in extra.items():
        assert number > highest, f"{name}.{field} reuses number space (={number}, published up to {highest})"


@pytest.mark.parametrize("name,wire", _wire_enums(), ids=lambda v: v if isinstance(v, str) else "")
def test_enum_matches_the_wire(name: str, wire: dict) -> None:
    ours = dict(OUR_ENUMS.get(name, {}))
    published = dict(wire["values"])
    extra = {value: ours.pop(value) for value in set(ours) - set(published)}
    assert ours == published
    assert set(extra) == ENUM_ADDITIONS.get(name, set()), f"unexpected values added to {name}: {extra}"
    for value, number in extra.items():
        assert number > max(published.values()), f"{name}.{value} reuses number space (={number})"


def test_no_unexplained_messages() -> None:
    published = {name for name, _ in _wire_messages()}
    assert set(OURS) - published == ADDED_MESSAGES


def test_delete_customer_is_entry_32() -> None:
    field = next(f for f in OURS["AppToServerCommand"].field if f.name == "delete_customer")
    assert field.number == 32
    assert field.type_name == f".{PACKAGE}.DeleteCustomerCommand"
    assert OURS["AppToServerCommand"].oneof_decl[field.oneof_index].name == "entry"


def test_comms_extension_is_numbered_from_1001_each_reply_at_its_command() -> None:
    commands = {f.name: f.number for f in OURS["AppToServerCommand"].field if f.name in COMMS}
    replies = {f.name: f.number for f in OURS["AppToServerCommandReply"].field if f.name in COMMS}
    assert commands == replies
    assert min(commands.values()) > 1000  # 1000 is the idempotency key
