# generated from tests/codegen_fixture/proto/ by `python -m codegen`; do not edit.
"""Bindings generated from tests/codegen_fixture/proto/: protobuf modules, models, notifications, commands."""
