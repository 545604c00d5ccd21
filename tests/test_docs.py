"""The docs do not rot: links resolve, Python samples parse, the quickstarts run, and the API
reference names every public method and event."""

from __future__ import annotations

import ast
import inspect
import re
from enum import Enum
from pathlib import Path
from typing import Any

import pytest

from elarian_server.runtime import Runtime
from elarian_sync import Customer, Elarian, Simulator
from elarian_sync._generated import notifications as N
from elarian_sync.client import CONNECTION_EVENTS

ROOT = Path(__file__).resolve().parent.parent
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
LINK = re.compile(r"\[[^\]]*\]\(([^)#\s]+)(?:#[^)]*)?\)")
BLOCK = re.compile(r"```(\w*)\n(.*?)```", re.S)


def python_blocks(page: Path) -> list[str]:
    return [code for lang, code in BLOCK.findall(page.read_text(encoding="utf-8")) if lang == "python"]


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_links_resolve(page: Path) -> None:
    for target in LINK.findall(page.read_text(encoding="utf-8")):
        if target.startswith(("http://", "https://", "mailto:")):
            continue
        assert (page.parent / target).exists(), f"{page.name}: broken link {target}"


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_python_samples_parse(page: Path) -> None:
    for code in python_blocks(page):
        ast.parse(code, filename=page.name)


def run_blocks(blocks: list[str], runtime: Runtime, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    monkeypatch.setenv("ELARIAN_URL", runtime.url)
    namespace: dict[str, Any] = {"__name__": "__doc_sample__"}
    for code in blocks:
        exec(compile(code, "<doc sample>", "exec"), namespace)
    return namespace


def test_the_readme_quickstart_runs(
    elarian_runtime: Runtime, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (quickstart,) = [b for b in python_blocks(ROOT / "README.md") if "app.connect()" in b]
    run_blocks([quickstart], elarian_runtime, monkeypatch)
    assert re.search(r"^QUEUED el_msg_\w+$", capsys.readouterr().out, re.M)


def test_the_docs_quickstart_runs(
    elarian_runtime: Runtime, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    blocks = python_blocks(ROOT / "docs" / "quickstart.md")
    namespace = run_blocks(blocks, elarian_runtime, monkeypatch)
    out = capsys.readouterr().out
    assert "QUEUED el_msg_" in out
    assert "Hi Ann!" in out
    assert not namespace["app"].connected


def test_the_testing_sample_passes_as_a_users_test_file(pytester: pytest.Pytester) -> None:
    (sample,) = [b for b in python_blocks(ROOT / "docs" / "testing.md") if "def test_" in b]
    pytester.makepyfile(test_from_the_docs=sample)
    result = pytester.runpytest("-q")
    result.assert_outcomes(passed=1)


def test_the_reference_names_every_public_method_and_event() -> None:
    reference = (ROOT / "docs" / "sdk.md").read_text(encoding="utf-8")
    for cls in (Elarian, Customer, Simulator):
        for name, _member in inspect.getmembers(cls, inspect.isfunction):
            if name.startswith("_") or name.endswith("_async") or name in ("on",):
                continue
            assert f"`{name}" in reference or f"{name}(" in reference, (
                f"docs/sdk.md does not mention {cls.__name__}.{name}"
            )
    for event in (*N.EVENTS["app"], *N.EVENTS["simulator"]):
        assert f"`{N.CAMEL_CASE[event]}`" in reference, f"docs/sdk.md does not list the event {event}"
    for event in CONNECTION_EVENTS:
        assert f"`{event}`" in reference


def _annotation(text: object) -> str:
    """An annotation as the reader should see it: without the ``M.`` module prefix."""
    return str(text).replace("M.", "")


def method_reference() -> str:
    """docs/sdk.md's "Method reference" section, as the classes' signatures and docstrings say."""
    out = ["## Method reference", ""]
    out.append(
        "Every method also has an `*_async` twin with the same arguments, returning a `Future` "
        "of the same result."
    )
    for cls in (Elarian, Customer, Simulator):
        out += ["", f"### `{cls.__name__}`", ""]
        for name, member in sorted(inspect.getmembers(cls, inspect.isfunction)):
            if name.startswith("_") or name.endswith("_async") or name in ("on",):
                continue
            signature = inspect.signature(member)
            params = []
            star = False
            for p in list(signature.parameters.values())[1:]:
                if p.kind is p.KEYWORD_ONLY and not star:
                    params.append("*")
                    star = True
                default = p.default
                shown = (
                    f"{type(default).__name__}.{default.name}" if isinstance(default, Enum) else repr(default)
                )
                params.append(p.name if default is p.empty else f"{p.name}={shown}")
            returns = signature.return_annotation
            line = f"- `{name}({', '.join(params)})`"
            if returns not in (inspect.Signature.empty, "None"):
                line += f" → `{_annotation(returns)}`"
            doc = inspect.getdoc(member)
            if doc:
                line += ": " + " ".join(doc.split("\n\n")[0].split())
            out.append(line)
    return "\n".join(out) + "\n"


def _reference_section(text: str) -> tuple[int, int]:
    start = text.index("## Method reference")
    return start, text.index("\n## ", start + 1) + 1


def test_the_method_reference_matches_the_signatures() -> None:
    text = (ROOT / "docs" / "sdk.md").read_text(encoding="utf-8")
    start, end = _reference_section(text)
    assert text[start:end].rstrip() == method_reference().rstrip(), (
        "docs/sdk.md's method reference is stale: run `python tests/test_docs.py --write-reference`"
    )


if __name__ == "__main__":  # python tests/test_docs.py --write-reference
    import sys

    if sys.argv[1:] == ["--write-reference"]:
        page = ROOT / "docs" / "sdk.md"
        text = page.read_text(encoding="utf-8")
        start, end = _reference_section(text)
        page.write_text(text[:start] + method_reference() + "\n" + text[end:], encoding="utf-8")


def test_the_communication_guide_runs(
    elarian_runtime: Runtime, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    namespace = run_blocks(python_blocks(ROOT / "docs" / "communication.md"), elarian_runtime, monkeypatch)
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("False variants: unknown variable 'order_id'")
    assert out[1].startswith("False variants: unknown variable 'brand'")
    assert out[2:4] == [
        "True",
        "set_global_variable needs an org admin key; this connection was opened with api key ...42be",
    ]
    assert out[4] == "Welcome to Duka, Ann!"
    assert out[5].startswith("False event.sms_template_id: template el_tpl_") and "'first_name'" in out[5]
    assert out[6:] == [
        "SENT",
        "QUEUED True",
        "True",
        "APPROVED",
        "USED",
        "2 True",
        "2 2",
        "3 duplicate: phone +254712345678 is on line 2",
        "4 phone '12345': not a valid number",
        "DRAFT 2 1",
        "True",
        "2 0",
        "True",
        "SKIPPED suppressed",
        "['suppress', 'start_campaign']",
    ]
    assert not namespace["app"].connected
