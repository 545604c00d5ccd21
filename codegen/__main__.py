"""``python -m codegen [--check] [--proto DIR] [--config FILE] [--out DIR]``.

Without --check: regenerate the bindings and list what changed.
With --check: render into memory, compare with the committed files, and exit 1
naming every file that differs (CI runs this to catch drift).
Exit 2 on a schema or configuration error (protoc's own message is printed).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from . import (
    DEFAULT_CONFIG,
    DEFAULT_OUT,
    DEFAULT_PROTO,
    ConfigError,
    ProtocError,
    SchemaError,
    differences,
    generate,
    write,
)
from .protoc import protoc_version


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen", description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="compare instead of writing; exit 1 on drift")
    parser.add_argument("--proto", type=Path, default=DEFAULT_PROTO, help="proto source folder")
    parser.add_argument("--config", type=Path, default=DEFAULT_CONFIG, help="generator configuration (TOML)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output package folder")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    try:
        files = generate(args.proto, args.config)
    except ProtocError as exc:
        print(f"codegen: protoc failed:\n{exc}", file=sys.stderr)
        return 2
    except (ConfigError, SchemaError) as exc:
        print(f"codegen: {exc}", file=sys.stderr)
        return 2
    elapsed = time.perf_counter() - started

    if args.check:
        changed = differences(files, args.out)
        if changed:
            print(
                f"codegen: {args.out} is out of date with {args.proto}; these files differ:", file=sys.stderr
            )
            for name in changed:
                print(f"  {name}", file=sys.stderr)
            print(
                f"run `python -m codegen` to regenerate (this check used {protoc_version()})",
                file=sys.stderr,
            )
            return 1
        print(f"codegen: {len(files)} files up to date ({elapsed:.2f}s)")
        return 0

    changed = write(files, args.out)
    for name in changed:
        print(f"  wrote {args.out / name}" if name in files else f"  removed {args.out / name}")
    print(f"codegen: {len(changed)} of {len(files)} files changed ({elapsed:.2f}s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
