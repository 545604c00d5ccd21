"""The generator itself: golden output, drift detection, error handling."""

from __future__ import annotations

import difflib
import importlib
import json
import re
import shutil
import subprocess
import sys
from concurrent.futures import Future
from pathlib import Path
from typing import Any

import pytest

from codegen import DEFAULT_OUT, DEFAULT_PROTO, ROOT, ConfigError, differences, generate, load_config

FIXTURE = Path(__file__).parent / "codegen_fixture"


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "codegen", *args], cwd=ROOT, capture_output=True, text=True, timeout=60
    )


def test_golden_fixture_output() -> None:
    files = generate(FIXTURE / "proto", FIXTURE / "fixture.toml")
    expected_dir = FIXTURE / "expected"
    changed = differences(files, expected_dir)
    if changed:
        name = changed[0]
        old = (expected_dir / name).read_text() if (expected_dir / name).exists() else ""
        diff = "".join(
            difflib.unified_diff(
                old.splitlines(True), files.get(name, "").splitlines(True), "expected", "now"
            )
        )
        pytest.fail(f"golden output differs in {changed}; first diff:\n{diff[:4000]}")


def test_golden_fixture_code_works() -> None:
    models = importlib.import_module("tests.codegen_fixture.expected.models")
    shop = importlib.import_module("tests.codegen_fixture.expected.shop_pb2")
    notifications = importlib.import_module("tests.codegen_fixture.expected.notifications")
    order = models.Order(
        id="o-1",
        items=[models.Item(code="A", count=2, size=models.ItemSize.LARGE, discount=0)],
        route=[models.Step(text="left"), models.Step(text="right")],
        labels=[models.Tag(key="gift", value=None)],
        extras={"note": "hi", "blob": b"\x00"},
        priority=0,
    )
    pb = order.to_proto()
    assert pb.route.steps[1].text == "right"
    assert pb.HasField("priority") and pb.items[0].HasField("discount")
    assert pb.labels[0].label.key == "gift" and not pb.labels[0].label.HasField("value")
    assert models.Order.from_proto(shop.Order.FromString(pb.SerializeToString())) == order
    # a sub-message field is converted on its first read; absent, it reads None
    assert models.Order.from_proto(pb).billing is None
    billed = models.Order(id="o-2", locker="L1", billing=models.Label(key="acme"))
    again = models.Order.from_proto(shop.Order.FromString(billed.to_proto().SerializeToString()))
    assert again.billing == models.Label(key="acme") and again == billed
    assert models.Transport.V_1ST_CLASS == 3

    env = shop.ShopEvent()
    env.shop.shop_id = "s"
    env.shop.parcel_moved.carrier = models.Transport.POST
    env.shop.parcel_moved.parts.add().text = "arrived"
    name, event = notifications.parse_shop_event(env)
    assert name == "parcel_by_post" and event.text == "arrived" and event.label is None
    env.shop.parcel_moved.carrier = models.Transport.COURIER
    assert notifications.parse_shop_event(env)[0] == "parcel_by_courier"


def test_renamed_fields_and_members_keep_their_old_names_as_deprecated_aliases() -> None:
    models = importlib.import_module("tests.codegen_fixture.expected.models")
    item = models.Item(code="A", size=models.ItemSize.TINY)
    assert item.to_proto().sku == "A"  # the wire keeps the proto's name
    assert models.Item.from_proto(item.to_proto()).code == "A"
    with pytest.warns(DeprecationWarning, match=r"Item\.sku is deprecated; use Item\.code"):
        assert item.sku == "A"
    with pytest.warns(DeprecationWarning, match=r"Item\.sku is deprecated"):
        item.sku = "B"
    assert item.code == "B"
    with pytest.warns(DeprecationWarning, match=r"Item\.sku is deprecated"):
        old = models.Item(sku="C")
    assert old == models.Item(code="C")
    with pytest.raises(TypeError, match="both 'code' and its deprecated name 'sku'"):
        models.Item(code="A", sku="B")
    assert models.ItemSize.SMALL is models.ItemSize.TINY
    assert [m.name for m in models.ItemSize] == ["UNSPECIFIED", "TINY", "LARGE"]


def test_output_is_deterministic() -> None:
    assert generate() == generate()


def test_committed_bindings_are_current() -> None:
    result = _run("--check")
    assert result.returncode == 0, result.stderr
    assert "up to date" in result.stdout


def test_check_names_the_files_a_proto_change_affects(tmp_path: Path) -> None:
    proto = tmp_path / "proto"
    shutil.copytree(DEFAULT_PROTO, proto)
    common = proto / "elarian" / "common.proto"
    common.write_text(
        common.read_text().replace("double amount = 2;", "double amount = 2;\n  string note = 3;")
    )
    result = _run("--check", "--proto", str(proto), "--out", str(DEFAULT_OUT))
    assert result.returncode == 1
    assert "common_pb2.py" in result.stderr
    assert "models.py" in result.stderr
    assert "app_socket_pb2.py" not in result.stderr


def test_broken_proto_reports_protoc_and_touches_nothing(tmp_path: Path) -> None:
    proto = tmp_path / "proto"
    shutil.copytree(DEFAULT_PROTO, proto)
    (proto / "elarian" / "common.proto").write_text(
        (proto / "elarian" / "common.proto").read_text().replace("string number = 2;", "strin number = 2")
    )
    out = tmp_path / "out"
    shutil.copytree(DEFAULT_OUT, out)
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    result = _run("--proto", str(proto), "--out", str(out))
    assert result.returncode == 2
    # protoc's own file:line:column message
    assert re.search(r'elarian/common\.proto:\d+:\d+: Expected ";"', result.stderr), result.stderr
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before


def test_a_field_named_like_a_python_keyword_is_refused_by_name(tmp_path: Path) -> None:
    proto = tmp_path / "proto"
    shutil.copytree(DEFAULT_PROTO, proto)
    comms = proto / "elarian" / "comms.proto"
    comms.write_text(
        comms.read_text().replace(
            "google.protobuf.Timestamp since = 1;", "google.protobuf.Timestamp from = 1;", 1
        )
    )
    result = _run("--proto", str(proto), "--out", str(tmp_path / "out"))
    assert result.returncode == 2
    assert "QueryReportsCommand.from: a field may not be named like a Python keyword" in result.stderr


def test_a_docstring_may_end_in_a_quote() -> None:
    from codegen.naming import docstring

    text = docstring('which key: "admin key ...a1b2"')
    assert eval(f'"""{text}"""') == 'which key: "admin key ...a1b2"'


def test_regenerate_writes_only_what_changed(tmp_path: Path) -> None:
    out = tmp_path / "out"
    shutil.copytree(DEFAULT_OUT, out)
    (out / "models.py").write_text("# stale\n")
    (out / "leftover_pb2.py").write_text("# no longer generated\n")
    result = _run("--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "wrote" in result.stdout and "models.py" in result.stdout
    assert "removed" in result.stdout and "leftover_pb2.py" in result.stdout
    assert not (out / "leftover_pb2.py").exists()
    assert differences(generate(), out) == []


def test_config_errors_name_the_problem(tmp_path: Path) -> None:
    config = tmp_path / "bad.toml"
    shutil.copy(ROOT / "codegen" / "facade.toml", tmp_path / "facade.toml")
    text = (ROOT / "codegen" / "elarian.toml").read_text()
    config.write_text(text.replace('OutboundMessage = "Message"', 'NoSuchMessage = "Message"'))
    with pytest.raises(ConfigError, match="'NoSuchMessage' is not in the schema"):
        generate(DEFAULT_PROTO, config)
    config.write_text(text.replace('send_message = "send_message"\n', ""))
    with pytest.raises(ConfigError, match=r"missing \['send_message'\]"):
        generate(DEFAULT_PROTO, config)
    config.write_text(text.replace("[field_names]\n", '[field_names]\n"Cash.nope" = "x"\n'))
    with pytest.raises(ConfigError, match="Cash has no field or oneof 'nope'"):
        generate(DEFAULT_PROTO, config)
    config.write_text(text.replace("[enum_values]\n", '[enum_values]\n"MediaType.NOPE" = "X"\n'))
    with pytest.raises(ConfigError, match="enum MediaType has no member 'NOPE'"):
        generate(DEFAULT_PROTO, config)
    config.write_text("names = 3")
    with pytest.raises(ConfigError):
        load_config(config)


def _facade_errors(tmp_path: Path, facade: str) -> str:
    """The ConfigError a broken facade declaration gives."""
    shutil.copy(FIXTURE / "fixture.toml", tmp_path / "fixture.toml")
    (tmp_path / "facade.toml").write_text(facade)
    with pytest.raises(ConfigError) as raised:
        generate(FIXTURE / "proto", tmp_path / "fixture.toml")
    return str(raised.value)


def test_facade_declarations_are_checked_against_their_commands(tmp_path: Path) -> None:
    head = 'args_module = "elarian_sync._args"\n[classes.Shop]\nmixin = "ShopMethods"\ncommands = "shop"\n'
    method = '[[classes.Shop.methods]]\nname = "m"\n'
    assert "shop has no command 'refund'" in _facade_errors(tmp_path, head + method + 'command = "refund"\n')
    assert "place_order has no argument 'coupons' (for c)" in _facade_errors(
        tmp_path,
        head + method + 'command = "place_order"\nargs = [{ name = "c", type = "str", to = "coupons" }]\n',
    )
    assert "must be 'self.<method>' or '_args.<function>'" in _facade_errors(
        tmp_path,
        head + method + 'command = "place_order"\nargs = [{ name = "c", type = "str", check = "os.system", '
        'to = "coupon" }]\n',
    )
    assert "place_order names no customer" in _facade_errors(
        tmp_path, head + method + 'command = "place_order"\ncustomer = "ref"\n'
    )
    assert "no command set 'till'" in _facade_errors(tmp_path, head.replace('"shop"', '"till"'))
    assert "no flag 'audited' (declare it in [flags.audited])" in _facade_errors(
        tmp_path, head + method + 'command = "place_order"\nflags = ["audited"]\n'
    )
    assert "a flag's arguments need a default" in _facade_errors(
        tmp_path, '[flags.audited]\nargs = [{ name = "coupon", type = "str" }]\n' + head
    )


class _Wire:
    """The fixture's typed commands over a recorder: every command answers ``order_id``."""

    def __init__(self, order_id: str) -> None:
        self.sent: list[object] = []
        self.order_id = order_id

    def _answer(self, command: object, parse: Any) -> Any:
        shop = importlib.import_module("tests.codegen_fixture.expected.shop_pb2")
        self.sent.append(command)
        reply = shop.ShopCommandReply()
        reply.order.ok = bool(self.order_id)
        reply.order.order_id.value = self.order_id
        return parse(reply)


def _shop(order_id: str) -> Any:
    facade = importlib.import_module("tests.codegen_fixture.expected.facade")
    commands = importlib.import_module("tests.codegen_fixture.expected.commands")

    class Wire(_Wire, commands.ShopCommands):  # type: ignore[misc, name-defined]
        def _request(self, command: object, parse: Any, timeout: float | None) -> Any:
            return self._answer(command, parse)

        def _request_async(self, command: object, parse: Any, timeout: float | None) -> Future[Any]:
            future: Future[Any] = Future()
            future.set_result(self._answer(command, parse))
            return future

    class Shop(facade.ShopMethods):  # type: ignore[misc, name-defined]
        def __init__(self) -> None:
            self.wire = Wire(order_id)

        @property
        def _wire(self) -> Any:
            return self.wire

        def _order_id(self, reply: Any) -> str:
            if not reply.ok:
                raise LookupError("no such order")
            return str(reply.order_id)

    return Shop()


def test_the_fixture_facade_sends_its_commands() -> None:
    from elarian_sync.errors import ArgumentError

    models = importlib.import_module("tests.codegen_fixture.expected.models")
    shop = _shop("o-9")
    assert shop.cancel("o-9", reasons=["late"]) == "o-9"
    sent = shop.wire.sent[-1].cancel_order
    assert (sent.order_id, list(sent.reasons)) == ("o-9", ["late"])
    assert shop.cancel_async("o-9").result(1) == "o-9"
    order = models.Order(id="o-9", locker="L-1")
    assert shop.place_order(order).ok and shop.wire.sent[-1].place_order.coupon == ""
    assert shop.place_order_async(order, "SAVE5").result(1).ok
    assert shop.wire.sent[-1].place_order.coupon == "SAVE5"
    with pytest.raises(ArgumentError, match="order_id must not be empty"):
        shop.cancel("")
    with pytest.raises(ArgumentError, match="order must be an Order, not str"):
        shop.place_order("o-9")
    with pytest.raises(LookupError):
        _shop("").cancel("o-1")  # the result hook decides what a reply becomes
    count = len(shop.wire.sent)
    with pytest.raises(ArgumentError):
        shop.cancel_async(5)
    assert len(shop.wire.sent) == count  # a bad argument sends nothing


def test_a_new_command_and_one_declaration_give_a_method_and_its_async_twin(tmp_path: Path) -> None:
    proto = tmp_path / "proto"
    shutil.copytree(FIXTURE / "proto", proto)
    shop_proto = proto / "shop" / "shop.proto"
    text = shop_proto.read_text()
    text = text.replace(
        "    CancelOrderCommand cancel_order = 2;\n",
        "    CancelOrderCommand cancel_order = 2;\n    RefundOrderCommand refund_order = 3;\n",
    )
    text += (
        "\n// Give money back for an order.\n"
        "message RefundOrderCommand {\n  string order_id = 1;\n  double amount = 2;\n}\n"
    )
    shop_proto.write_text(text)
    config = (
        (FIXTURE / "fixture.toml")
        .read_text()
        .replace('cancel_order = "order"\n', 'cancel_order = "order"\nrefund_order = "order"\n')
    )
    (tmp_path / "fixture.toml").write_text(config)
    facade = (FIXTURE / "facade.toml").read_text() + (
        '\n[[classes.Shop.methods]]\nname = "refund"\ncommand = "refund_order"\n'
        'args = [{ name = "order_id", type = "str", check = "_args.check_text" }, '
        '{ name = "amount", type = "float", doc = "How much." }]\n'
    )
    (tmp_path / "facade.toml").write_text(facade)
    files = generate(proto, tmp_path / "fixture.toml")
    package = tmp_path / "refundshop"
    package.mkdir()
    for name, content in files.items():
        (package / name).write_text(content)
    # in a process of its own: its shop_pb2 would clash with the fixture's in this one's pool
    probe = (
        "import inspect, json, refundshop.facade as f\n"
        "m = f.ShopMethods\n"
        "class Shop(m):\n    _wire = None\n    def _order_id(self, reply): return ''\n"
        "try:\n    Shop()._refund_args('', 1.0)\n    error = ''\n"
        "except Exception as exc:\n    error = str(exc)\n"
        "try:\n    m()\n    unhooked = ''\n"
        "except TypeError as exc:\n    unhooked = str(exc)\n"
        "print(json.dumps([str(inspect.signature(m.refund)), str(inspect.signature(m.refund_async)), "
        "m.refund.__doc__, error, unhooked]))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], cwd=tmp_path, capture_output=True, text=True, timeout=60, check=True
    )
    sync, twin, doc, error, unhooked = json.loads(result.stdout)
    assert (
        sync == "(self, order_id: 'str', amount: 'float', *, timeout: 'float | None' = None) -> 'OrderReply'"
    )
    assert twin.endswith("-> 'Future[OrderReply]'")
    assert "Give money back for an order." in doc and "amount: How much." in doc
    assert "order_id must not be empty" in error
    assert "abstract" in unhooked and "_order_id" in unhooked and "_wire" in unhooked  # the hooks it lacks


def test_the_wheel_ships_the_sdk_and_the_runtime_not_the_generator(tmp_path: Path) -> None:
    """codegen/ is run from a checkout (``python -m codegen``); users get no top-level ``codegen``."""
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            ".",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    [wheel] = tmp_path.glob("elarian_sync-*.whl")
    import zipfile

    with zipfile.ZipFile(wheel) as archive:
        tops = {name.split("/", 1)[0] for name in archive.namelist()}
    assert {t for t in tops if not t.endswith(".dist-info")} == {"elarian_sync", "elarian_server"}
