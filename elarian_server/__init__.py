"""The local Elarian runtime: the server the SDK runs against by default.

It speaks the Elarian wire protocol (RSocket over WebSocket or TCP/TLS, carrying
protobuf), so this SDK and Elarian's own JavaScript and Python SDKs work
against it. ``listeners`` carries the sessions; the engine serves them.
"""
