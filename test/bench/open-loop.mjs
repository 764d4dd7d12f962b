// The overload bench's load generator, in its own process so it keeps its pace while the API is
// saturated: sends POST /v1/recharges at a fixed rate (open loop: a slow answer never delays the
// next request, as customers arriving at the start of a month do not wait for each other), each
// with the next unused card, and times every answer from when it was due (so time spent waiting
// for a free connection counts, and a saturated server cannot hide its queue).
// It speaks HTTP/1.1 over plain keep-alive sockets with prebuilt requests: fetch costs more CPU
// per request than the API's own work, and on a small machine the two share the cores.
// Usage: node open-loop.mjs <config.json>; prints one JSON line with the results.
import { readFileSync } from "node:fs";
import { connect } from "node:net";

const config = JSON.parse(readFileSync(process.argv[2], "utf8"));
const { rate, seconds, keyPrefix, timeoutMs, apiKey } = config;
const target = new URL(config.url);
const maxSockets = config.maxSockets ?? 4_000;
const bodies = readFileSync(config.bodiesFile, "utf8").split("\n").filter(Boolean);

const request = (i) => {
  const body = Buffer.from(bodies[Math.min(i, bodies.length - 1)]);
  const head =
    `POST /v1/recharges HTTP/1.1\r\nHost: ${target.host}\r\nAuthorization: Bearer ${apiKey}\r\n` +
    `Content-Type: application/json\r\nIdempotency-Key: ${keyPrefix}-${i}\r\nContent-Length: ${body.length}\r\n\r\n`;
  return Buffer.concat([Buffer.from(head), body]);
};

const results = { accepted: [], refused: [], others: {}, timeouts: 0, socketErrors: 0 };
const idle = [];
const due = [];
let open = 0;
let outstanding = 0;

/** One keep-alive connection: one request at a time; parses the status line and the body's length. */
function newConnection() {
  open++;
  const socket = connect({ host: target.hostname, port: Number(target.port) });
  socket.setNoDelay(true);
  const conn = { socket, current: null, buffer: Buffer.alloc(0) };
  socket.on("connect", () => release(conn));
  socket.on("data", (chunk) => {
    conn.buffer = Buffer.concat([conn.buffer, chunk]);
    const end = conn.buffer.indexOf("\r\n\r\n");
    if (end < 0 || !conn.current) return;
    const head = conn.buffer.subarray(0, end).toString("latin1");
    const length = Number(/\r\ncontent-length: *(\d+)/i.exec(head)?.[1] ?? 0);
    if (conn.buffer.length < end + 4 + length) return;
    const body = conn.buffer.subarray(end + 4, end + 4 + length).toString("utf8");
    conn.buffer = conn.buffer.subarray(end + 4 + length);
    finish(conn, Number(head.slice(9, 12)), body);
  });
  socket.on("error", () => {});
  socket.on("close", () => {
    open--;
    if (conn.current) {
      clearTimeout(conn.current.timer);
      results.socketErrors++;
      outstanding--;
      conn.current = null;
    }
    const at = idle.indexOf(conn);
    if (at >= 0) idle.splice(at, 1);
  });
}

function finish(conn, status, body) {
  const { dueAt, timer } = conn.current;
  clearTimeout(timer);
  conn.current = null;
  outstanding--;
  const ms = performance.now() - dueAt;
  if (status === 201) results.accepted.push(ms);
  else if (status === 503 && body.includes('"overloaded"')) results.refused.push(ms);
  else results.others[status] = (results.others[status] ?? 0) + 1;
  release(conn);
}

function release(conn) {
  const next = due.shift();
  if (next) send(conn, next);
  else idle.push(conn);
}

function send(conn, job) {
  conn.current = {
    dueAt: job.dueAt,
    timer: setTimeout(() => {
      results.timeouts++;
      conn.current = null;
      outstanding--;
      conn.socket.destroy();
    }, timeoutMs),
  };
  conn.socket.write(request(job.i));
}

const start = performance.now();
const total = Math.round(rate * seconds);
let sent = 0;
await new Promise((resolve) => {
  const tick = setInterval(() => {
    const now = performance.now();
    const dueNow = Math.min(total, Math.floor(((now - start) / 1000) * rate));
    while (sent < dueNow) {
      const job = { i: sent, dueAt: start + (sent / rate) * 1000 };
      sent++;
      outstanding++;
      const conn = idle.pop();
      if (conn) send(conn, job);
      else {
        due.push(job);
        if (open < maxSockets) newConnection();
      }
    }
    if (sent >= total) {
      clearInterval(tick);
      resolve();
    }
  }, 1);
});
const sendSeconds = (performance.now() - start) / 1000;
await new Promise((resolve) => {
  const wait = setInterval(() => {
    if (outstanding <= 0) {
      clearInterval(wait);
      resolve();
    }
  }, 10);
});
const cpu = process.cpuUsage();
// Exit once the line is written: a pipe's write is asynchronous, and open sockets keep the process up.
process.stdout.write(
  `${JSON.stringify({ sent, sendSeconds, ...results, ranOutOfCards: sent > bodies.length, cpuMs: (cpu.user + cpu.system) / 1000 })}\n`,
  () => process.exit(0),
);
