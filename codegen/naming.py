"""Names: proto's spellings to Python's, and comments to docstrings."""

from __future__ import annotations

import keyword
import re


def snake(name: str) -> str:
    """CamelCase or mixedCase -> snake_case (``dequeued_to_sessionId`` -> ``dequeued_to_session_id``)."""
    out = re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name)
    return out.lower()


def camel(name: str) -> str:
    """snake_case -> camelCase (``received_fb_messenger`` -> ``receivedFbMessenger``)."""
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def upper_snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).upper()


def py_ident(name: str) -> str:
    """A proto field's Python name: snake_case, a keyword gets a trailing underscore."""
    name = snake(name)
    return name + "_" if keyword.iskeyword(name) else name


def docstring(comment: str) -> str:
    """A .proto comment as docstring text (no triple quotes, backslashes kept)."""
    lines = [line.strip() for line in comment.strip().splitlines()]
    text = "\n".join(lines).replace("\\", "\\\\").replace('"""', "'''")
    # a closing quote would run into the docstring's own three
    return text[:-1] + '\\"' if text.endswith('"') else text
