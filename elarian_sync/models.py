"""The public models: a dataclass per Elarian model and an enum per proto enum.

Generated from ``proto/`` by ``python -m codegen`` (``elarian_sync/_generated/models.py``);
this module is their public home. ``elarian_sync`` exports them too.
"""

from __future__ import annotations

from ._generated.models import *  # noqa: F403 - the public API
from ._generated.models import __all__ as __all__
