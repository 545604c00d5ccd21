"""The generator itself: golden output, drift detection, error handling."""

from __future__ import annotations

import difflib
import importlib
import re
import shutil
import subprocess
import sys
from pathlib import Path

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
