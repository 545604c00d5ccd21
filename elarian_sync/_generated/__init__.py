# generated from proto/ by `python -m codegen`; do not edit.
"""Bindings generated from proto/: protobuf modules, models, notifications, commands."""
