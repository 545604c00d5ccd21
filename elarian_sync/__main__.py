"""The ``elarian-sync`` command line.

Subcommands:
  version   print the versions this installation runs with (package, protobuf and its backend)
"""

from __future__ import annotations

import argparse
import sys


def _version(_: argparse.Namespace) -> int:
    import google.protobuf
    from google.protobuf.internal import api_implementation

    from . import __version__

    print(f"elarian-sync {__version__}")
    print(f"protobuf {google.protobuf.__version__} ({api_implementation.Type()} backend)")
    print(f"python {sys.version.split()[0]}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="elarian-sync", description="elarian-sync command line")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("version", help="print versions").set_defaults(run=_version)
    args = parser.parse_args(argv)
    result: int = args.run(args)
    return result


if __name__ == "__main__":
    sys.exit(main())
