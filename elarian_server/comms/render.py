"""Templates as the communication layer renders them: sandboxed Jinja2 (``StrictUndefined``; HTML
autoescaped, SMS text not), the variables a template uses (with the line of each), language
variants, SMS encoding and segments, and a text alternative derived from HTML."""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Any

import jinja2
from jinja2 import meta, nodes
from jinja2.exceptions import SecurityError
from jinja2.sandbox import SandboxedEnvironment

from elarian_sync._generated import comms_pb2 as CM

SMS, EMAIL = CM.COMMS_CHANNEL_SMS, CM.COMMS_CHANNEL_EMAIL
GSM7, UCS2 = CM.SMS_ENCODING_GSM7, CM.SMS_ENCODING_UCS2

MAX_OUTPUT = 1_000_000
"""The most characters a product of ``*`` or ``**`` may have in a template: a template cannot
make the runtime build a huge string or number while a transaction waits."""


class _Bounded(SandboxedEnvironment):
    """The sandbox, with ``*`` and ``**`` bounded (``range`` the sandbox bounds itself)."""

    intercepted_binops = frozenset({"*", "**"})

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        if operator == "**" and isinstance(right, int) and isinstance(left, int) and abs(right) > 64:
            raise SecurityError(f"{left} ** {right} is too large for a template")
        if operator == "*":
            for seq, count in ((left, right), (right, left)):
                if (
                    isinstance(seq, (str, list, tuple))
                    and isinstance(count, int)
                    and len(seq) * count > MAX_OUTPUT
                ):
                    raise SecurityError("a repeated string or list too long for a template")
        return super().call_binop(context, operator, left, right)


_TEXT = _Bounded(undefined=jinja2.StrictUndefined, autoescape=False, keep_trailing_newline=True)
_HTML = _Bounded(undefined=jinja2.StrictUndefined, autoescape=True, keep_trailing_newline=True)

# GSM 03.38: the basic set (one septet each) and the extension table (two: escape + char).
_GSM_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
_GSM_EXTENDED = frozenset("^{}\\[~]|€\f")
# one scan of a text each, in C: a character outside both sets, and the extension's characters
_NOT_GSM = re.compile("[^" + re.escape("".join(sorted(_GSM_BASIC | _GSM_EXTENDED))) + "]")
_GSM_ESCAPED = re.compile("[" + re.escape("".join(sorted(_GSM_EXTENDED))) + "]")


class TemplateProblem(ValueError):
    """A template that does not parse, or uses a variable nobody gives; the message names the
    part, the line and the variable."""


@dataclass(frozen=True)
class Parsed:
    """What a template's source uses: each variable it reads and the first line it reads it on."""

    variables: Mapping[str, int]


@functools.lru_cache(maxsize=1024)
def parse(source: str, where: str) -> Parsed:
    """The variables ``source`` reads (not those it sets itself), with their first line; raises
    ``TemplateProblem`` naming ``where`` and the line if it does not parse."""
    try:
        tree = _TEXT.parse(source)
    except jinja2.TemplateSyntaxError as exc:
        raise TemplateProblem(f"{where}: line {exc.lineno}: {exc.message}") from None
    free = meta.find_undeclared_variables(tree)
    lines: dict[str, int] = {}
    for node in tree.find_all(nodes.Name):
        if node.ctx == "load" and node.name in free and node.name not in lines:
            lines[node.name] = node.lineno
    return Parsed({name: lines.get(name, 1) for name in sorted(free)})


@functools.lru_cache(maxsize=1024)
def _compiled(source: str, html: bool) -> jinja2.Template:
    return (_HTML if html else _TEXT).from_string(source)


def render(source: str, variables: Mapping[str, str], *, html: bool, where: str) -> str:
    """``source`` rendered with ``variables``; ``TemplateProblem`` names what went wrong."""
    try:
        return _compiled(source, html).render(variables)
    except jinja2.UndefinedError as exc:
        raise TemplateProblem(f"{where}: {exc.message}") from None
    except jinja2.TemplateError as exc:  # a sandbox refusal, a filter's error
        raise TemplateProblem(f"{where}: {exc}") from None
    except (ArithmeticError, TypeError, ValueError, LookupError) as exc:  # {{ 1/0 }}, {{ "%d" % "x" }}
        raise TemplateProblem(f"{where}: {type(exc).__name__}: {exc}") from None


def parts(variant: CM.TemplateVariant, channel: int) -> list[tuple[str, str]]:
    """The sources of one language variant, each with the name a problem gives it."""
    lang = variant.language or "default"
    if channel == SMS:
        return [(f"{lang} text", variant.body)]
    out = [(f"{lang} subject", variant.subject), (f"{lang} HTML body", variant.body)]
    if variant.text_body:
        out.append((f"{lang} text body", variant.text_body))
    return out


def used_variables(template: CM.CommsTemplate) -> dict[str, tuple[str, int]]:
    """Every variable the template's variants use: where each is first used (part, line)."""
    used: dict[str, tuple[str, int]] = {}
    for variant in template.variants:
        for where, source in parts(variant, template.channel):
            for name, line in parse(source, where).variables.items():
                used.setdefault(name, (where, line))
    return used


def unknown_variables(template: CM.CommsTemplate, known: Iterable[str]) -> list[str]:
    """The variables the template uses that ``known`` lacks, each as "'name' (part, line N)"."""
    known = set(known)
    return [
        f"{name!r} ({where}, line {line})"
        for name, (where, line) in sorted(used_variables(template).items())
        if name not in known
    ]


def variant_for(template: CM.CommsTemplate, language: str) -> CM.TemplateVariant:
    """The variant for ``language``: the exact one, then its base language ("fr" for "fr-CA"),
    then the template's default language, then the first variant."""
    by_language = {v.language.lower(): v for v in template.variants}
    for candidate in (language, language.split("-")[0], template.default_language):
        if candidate and candidate.lower() in by_language:
            return by_language[candidate.lower()]
    return template.variants[0]


@dataclass(frozen=True)
class Rendered:
    language: str
    subject: str = ""
    text: str = ""
    html: str = ""

    @property
    def encoding(self) -> int:
        return sms_encoding(self.text)

    @property
    def segments(self) -> int:
        return sms_segments(self.text)


def render_template(template: CM.CommsTemplate, language: str, variables: Mapping[str, str]) -> Rendered:
    variant = variant_for(template, language)
    lang = variant.language or "default"
    if template.channel == SMS:
        return Rendered(
            variant.language, text=render(variant.body, variables, html=False, where=f"{lang} text")
        )
    subject = render(variant.subject, variables, html=False, where=f"{lang} subject")
    html = render(variant.body, variables, html=True, where=f"{lang} HTML body")
    if variant.text_body:
        text = render(variant.text_body, variables, html=False, where=f"{lang} text body")
    else:
        text = html_to_text(html)
    return Rendered(variant.language, subject=" ".join(subject.split()), text=text, html=html)


# -- SMS ---------------------------------------------------------------------------------------------


def sms_encoding(text: str) -> int:
    return UCS2 if _NOT_GSM.search(text) else GSM7


def sms_segments(text: str) -> int:
    """How many SMS the text takes: GSM-7 160 septets in one, 153 per part of a longer one;
    UCS-2 70 UTF-16 units in one, 67 per part."""
    if not text:
        return 0
    if sms_encoding(text) == GSM7:
        septets = len(text) + len(_GSM_ESCAPED.findall(text))
        return 1 if septets <= 160 else math.ceil(septets / 153)
    units = len(text.encode("utf-16-le")) // 2
    return 1 if units <= 70 else math.ceil(units / 67)


# -- HTML to text --------------------------------------------------------------------------------------

_BLOCKS = frozenset({"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol"})


class _TextOf(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self._skip = 0
        self._href: list[str | None] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style", "head", "title"):
            self._skip += 1
        elif tag in _BLOCKS:
            self.out.append("\n")
        if tag == "li":
            self.out.append("- ")
        if tag == "a":
            self._href.append(dict(attrs).get("href"))

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "head", "title"):
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCKS:
            self.out.append("\n")
        if tag == "a" and self._href:
            href = self._href.pop()
            if href and not href.startswith("#"):
                self.out.append(f" ({href})")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.out.append(data)


def html_to_text(html: str) -> str:
    """A plain-text alternative of an HTML body: its text, blocks on lines of their own, links
    followed by their address."""
    parser = _TextOf()
    parser.feed(html)
    parser.close()
    lines = [re.sub(r"[ \t\r\f\v]+", " ", line).strip() for line in "".join(parser.out).split("\n")]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()
