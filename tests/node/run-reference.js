// Starts the reference document's example server (reference-server.js, kept verbatim) on a
// port of our choosing: PORT (default 0 = any free port) and HOST (default 127.0.0.1).
// Prints "listening on ws://HOST:PORT" as its first line, like violetvault-server.
"use strict";
const WebSocket = require("ws");

const Original = WebSocket.Server;
WebSocket.Server = class extends Original {
  constructor(options, callback) {
    const port = Number(process.env.PORT ?? 0);
    const host = process.env.HOST ?? "127.0.0.1";
    super({ ...options, port, host }, callback);
    this.on("listening", () => {
      process.stdout.write(`listening on ws://${host}:${this.address().port}\n`);
    });
  }
};

process.on("SIGTERM", () => process.exit(0));
process.on("SIGINT", () => process.exit(0));
require("./reference-server.js");
