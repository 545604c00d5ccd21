// Test-only: an RSocket WebSocket server we did not write (npm rsocket-js), as a peer for our client.
//
//   node server.js VERSION PORT [--resume] [--session-timeout=MS] [--trace]
//
// VERSION "0" runs rsocket-core/rsocket-websocket-server 0.0.27 (RSocketServer + RSocketWebSocketServer);
// "1" runs 1.0.0-alpha.3 (RSocketServer + WebsocketServerTransport), with --resume turning its
// resume support on (sessions kept --session-timeout ms after their connection drops; 0.0.27 has
// no server-side resume and refuses RESUME). PORT 0 takes a free port. It listens on 127.0.0.1.
//
// Request/response: "slow" is never answered; data starting with "fail" gets an application
// error ("failed: " + data); anything else is answered with "echo:" + data.
//
// stdout carries one JSON object a line:
//   {"listening": PORT, "version": "...", "resume": BOOL}   once, when it accepts connections
//   {"opened": ID}                                          a WebSocket connection was accepted
//   {"first": "SETUP" | "RESUME" | ..., "id": ID}           the type of its first RSocket frame
//   {"closed": CODE, "id": ID}                              that connection ended; CODE is what
//       the ws library saw: the code of the client's close frame (1000, or 1005 for a close
//       frame without a code), or 1006 when the TCP connection ended (or was reset) before a
//       close frame from the client was read.
//   {"peer_error": MESSAGE, "id": ID}                       an error inside the peer that would
//       otherwise have killed it (see guardStreams); tests may ignore it.
// --trace writes every RSocket frame's direction, connection, stream id and type to stderr.
// The server exits when its stdin closes (so a test that dies takes it along), or on SIGTERM.
"use strict";

const path = require("path");

const [, , version, portArg, ...flags] = process.argv;
if (!["0", "1"].includes(version) || portArg === undefined || !/^\d+$/.test(portArg)) {
  console.error("usage: node server.js 0|1 PORT [--resume] [--session-timeout=MS] [--trace]");
  process.exit(2);
}
const port = Number(portArg);
const resume = flags.includes("--resume");
const trace = flags.includes("--trace");
const timeoutFlag = flags.find((f) => f.startsWith("--session-timeout="));
const sessionTimeout = timeoutFlag ? Number(timeoutFlag.split("=")[1]) : 30000;
const unknown = flags.filter((f) => f !== "--resume" && f !== "--trace" && !f.startsWith("--session-timeout="));
if (unknown.length) {
  console.error(`unknown options: ${unknown.join(" ")}`);
  process.exit(2);
}
if (resume && version !== "1") {
  console.error("--resume needs version 1 (rsocket-js 0.0.27 has no server-side resume)");
  process.exit(2);
}

const EXPECTED = { 0: "0.0.27", 1: "1.0.0-alpha.3" }[version];
const transportPackage = `rsocket-websocket-server-${version}`;
const transportDir = path.dirname(require.resolve(`${transportPackage}/package.json`));
// What the transport package itself loads (its own copies of rsocket-core and ws).
const fromTransport = (name) => require(require.resolve(name, { paths: [transportDir] }));
const versionOf = (pkg, paths) => require(require.resolve(`${pkg}/package.json`, paths ? { paths } : undefined)).version;

for (const [what, got] of [
  [transportPackage, versionOf(transportPackage)],
  [`rsocket-core-${version}`, versionOf(`rsocket-core-${version}`)],
  [`rsocket-core under ${transportPackage}`, versionOf("rsocket-core", [transportDir])],
]) {
  if (got !== EXPECTED) {
    console.error(`${what} is ${got}, expected ${EXPECTED}: run npm ci in tests/js_peer`);
    process.exit(2);
  }
}

function emit(record) {
  process.stdout.write(JSON.stringify(record) + "\n");
}

const FRAME_NAMES = {
  1: "SETUP", 2: "LEASE", 3: "KEEPALIVE", 4: "REQUEST_RESPONSE", 5: "REQUEST_FNF", 6: "REQUEST_STREAM",
  7: "REQUEST_CHANNEL", 8: "REQUEST_N", 9: "CANCEL", 10: "PAYLOAD", 11: "ERROR", 12: "METADATA_PUSH",
  13: "RESUME", 14: "RESUME_OK", 63: "EXT",
};

function describe(buffer) {
  const b = Buffer.from(buffer);
  if (b.length < 6) return { bytes: b.length, malformed: true };
  const header = b.readUInt16BE(4);
  const out = { stream: b.readUInt32BE(0), type: FRAME_NAMES[header >> 10] || header >> 10, flags: header & 0x3ff, bytes: b.length };
  if (out.type === "ERROR" && b.length >= 10) {
    out.code = b.readUInt32BE(6);
    out.message = b.subarray(10).toString();
  }
  return out;
}

// Each WebSocket the ws server accepts: number it, report how it ended, optionally trace frames.
let nextId = 1;
const ids = new WeakMap();
function watch(websocket) {
  const id = nextId++;
  let reported = false;
  emit({ opened: id });
  websocket.once("message", (data) => emit({ first: describe(data).type, id }));
  // rsocket-websocket-server 0.0.27 also emits a synthetic 'close' with no code when it closes
  // the socket itself; only ws's own event carries a numeric code, and it comes exactly once.
  websocket.on("close", (code) => {
    if (typeof code !== "number" || reported) return;
    reported = true;
    emit({ closed: code, id });
  });
  if (trace) {
    websocket.on("message", (data) => console.error(JSON.stringify({ conn: id, in: describe(data) })));
    const send = websocket.send.bind(websocket);
    websocket.send = (data, ...rest) => {
      console.error(JSON.stringify({ conn: id, out: describe(data) }));
      return send(data, ...rest);
    };
  }
  // An 'error' event nobody listens to kills a Node process; keep one listener for good (the
  // transports remove theirs when they close), so a late error is reported instead.
  websocket.on("error", (error) => emit({ peer_error: String(error && error.message), id }));
  ids.set(websocket, id);
}

// rsocket-websocket-server 1.0.0-alpha.3 wraps each WebSocket in a stream and, to close it,
// removes every listener of that stream (its 'error' one too) before ending it. An answer still
// queued then fails ("WebSocket is not open", or ECONNRESET when the client is already gone) as
// an unhandled 'error' that kills the whole server. Our client may close with requests in flight,
// so that is the peer's bug: the stream keeps an 'error' listener here, and the error is reported.
function guardStreams(WebSocket) {
  const create = WebSocket.createWebSocketStream;
  WebSocket.createWebSocketStream = (websocket, options) => {
    const duplex = create(websocket, options);
    const report = (error) => emit({ peer_error: String(error && error.message), id: ids.get(websocket) });
    const removeAll = duplex.removeAllListeners.bind(duplex);
    duplex.removeAllListeners = (...names) => {
      const result = removeAll(...names);
      if (duplex.listenerCount("error") === 0) duplex.on("error", report);
      return result;
    };
    duplex.on("error", report);
    return duplex;
  };
}

function answer(data) {
  const text = data ? Buffer.from(data).toString() : "";
  if (text === "slow") return { kind: "never" };
  if (text.startsWith("fail")) return { kind: "error", message: `failed: ${text}` };
  return { kind: "data", data: Buffer.concat([Buffer.from("echo:"), data ? Buffer.from(data) : Buffer.alloc(0)]) };
}

function ready(actualPort) {
  emit({ listening: actualPort, version: EXPECTED, resume });
}

async function startV0() {
  const { RSocketServer, BufferEncoders } = require("rsocket-core-0");
  const { Single } = require("rsocket-flowable-0");
  const RSocketWebSocketServer = require("rsocket-websocket-server-0").default;
  const WebSocket = fromTransport("ws");
  let wss;
  const transport = new RSocketWebSocketServer({ host: "127.0.0.1", port }, BufferEncoders, (options) => {
    wss = new WebSocket.Server(options);
    wss.on("connection", watch);
    wss.on("listening", () => ready(wss.address().port));
    return wss;
  });
  const server = new RSocketServer({
    transport,
    getRequestHandler: () => ({
      requestResponse(payload) {
        const reply = answer(payload.data);
        if (reply.kind === "never") return Single.never();
        if (reply.kind === "error") return Single.error(new Error(reply.message));
        return Single.of({ data: reply.data, metadata: null });
      },
    }),
    errorHandler: (error) => {
      if (trace) console.error(JSON.stringify({ connectionError: String(error) }));
    },
  });
  server.start();
  return () => server.stop();
}

async function startV1() {
  const { RSocketServer } = require("rsocket-core-1");
  const { WebsocketServerTransport } = require("rsocket-websocket-server-1");
  const WebSocket = fromTransport("ws");
  guardStreams(WebSocket);
  const server = new RSocketServer({
    transport: new WebsocketServerTransport({
      wsCreator: () => {
        const wss = new WebSocket.Server({ host: "127.0.0.1", port });
        wss.on("connection", watch);
        return wss;
      },
    }),
    acceptor: {
      accept: async () => ({
        requestResponse(payload, responder) {
          const reply = answer(payload.data);
          if (reply.kind === "error") responder.onError(new Error(reply.message));
          else if (reply.kind === "data") responder.onNext({ data: reply.data }, true);
          return { cancel() {}, onExtension() {} };
        },
      }),
    },
    resume: resume ? { sessionTimeout } : undefined,
  });
  const closeable = await server.bind();
  ready(closeable.server.address().port);
  return () => closeable.close();
}

(version === "0" ? startV0 : startV1)().then(
  (stop) => {
    const quit = () => {
      try {
        stop();
      } finally {
        process.exit(0);
      }
    };
    process.on("SIGTERM", quit);
    process.on("SIGINT", quit);
    process.stdin.on("end", quit);
    process.stdin.on("error", quit);
    process.stdin.resume();
  },
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
