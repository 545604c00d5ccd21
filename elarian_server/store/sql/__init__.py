"""The SQL both stores share: one module per aggregate of ``store/base.py`` (``customers``,
``appdata``, ``messaging``, ``payments``, ``apps``, ``outbox``), ``tx`` composing them into a
transaction, ``common`` what they share (and which SQL they are written in)."""

from .common import Db
from .tx import SqlTx

__all__ = ["Db", "SqlTx"]
