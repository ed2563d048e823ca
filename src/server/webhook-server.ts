/**
 * The HTTP server of webhook mode (node:http, no framework):
 * - POST <path>: one update from Telegram, handed to grammY's `webhookCallback` through a small
 *   adapter that reads the body only after grammY has checked the secret header, and refuses
 *   what is not an update: 401 without the right X-Telegram-Bot-Api-Secret-Token, 413 for a body
 *   over the limit (cut off, not read to its end), 400 for anything but a JSON update, 503 while
 *   the session storage is down (Telegram then delivers the update again later), 405 for other
 *   methods.
 * - GET /healthz: 200 while the process runs. GET /readyz: 200 when every readiness check
 *   passes, else 503 with the reasons, as JSON.
 * - Anything else: 404.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { webhookCallback, type Bot } from "grammy";
import type { Update } from "grammy/types";
import type { BotContext } from "../bot/index.js";
import type { Logger } from "../log.js";

/** Telegram's updates are a few kilobytes; a megabyte leaves room for any real one. */
export const MAX_BODY_BYTES = 1024 * 1024;
/**
 * An update still running after this is acknowledged to Telegram anyway (which would otherwise
 * send it again) and finishes in the background: flood waits can hold a reply that long.
 */
export const UPDATE_TIMEOUT_MS = 10_000;
const SECRET_HEADER = "x-telegram-bot-api-secret-token";

/** A readiness check: undefined when fine, else what is wrong. */
export type ReadinessCheck = () => Promise<string | undefined> | string | undefined;

export interface WebhookServerOptions {
  bot: Bot<BotContext>;
  /** Where Telegram posts updates, such as "/telegram". */
  path: string;
  /** What Telegram must send in X-Telegram-Bot-Api-Secret-Token. */
  secret: string;
  log: Logger;
  /** Whether updates can be handled now; false → 503, and Telegram retries them later. */
  canHandleUpdates: () => boolean;
  /** Named checks behind /readyz. */
  readiness: Record<string, ReadinessCheck>;
  maxBodyBytes?: number;
  updateTimeoutMs?: number;
}

export interface WebhookServer {
  /** Resolves with the address actually bound (port 0 picks a free one). */
  listen(port: number, host: string): Promise<AddressInfo>;
  /** Stops accepting connections and resolves when the requests in hand are answered. */
  close(): Promise<void>;
}

/** A request refused with this status and message. */
class Refusal extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export function createWebhookServer(options: WebhookServerOptions): WebhookServer {
  const { bot, path, log, canHandleUpdates } = options;
  const maxBodyBytes = options.maxBodyBytes ?? MAX_BODY_BYTES;
  let stopping = false;

  /** JSON out; errors and a stopping server close the connection (an unread body is not read on). */
  const send = (
    res: ServerResponse,
    status: number,
    body?: object | string,
    headers: Record<string, string> = {},
  ) => {
    if (res.headersSent) return;
    const text = body === undefined ? "" : typeof body === "string" ? body : JSON.stringify(body);
    res.writeHead(status, {
      "content-type": "application/json",
      "content-length": String(Buffer.byteLength(text)),
      ...(status >= 400 || stopping ? { connection: "close" } : {}),
      ...headers,
    });
    res.end(text);
  };

  const adapter = (req: IncomingMessage, res: ServerResponse) => ({
    // A getter: grammY reads it only after the secret matched, so a stranger's body is never read.
    get update(): Promise<Update> {
      if (!canHandleUpdates())
        return Promise.reject(new Refusal(503, "the session storage is unavailable; try again later"));
      return readUpdate(req, maxBodyBytes);
    },
    header: firstValue(req.headers[SECRET_HEADER]),
    end: () => send(res, 200),
    respond: (json: string) => send(res, 200, json),
    unauthorized: () => send(res, 401, { error: "missing or wrong secret token" }),
    // Nothing to return to node:http; saying so types webhookCallback's result as Promise<void>.
    handlerReturn: undefined,
  });
  const handleUpdate = webhookCallback(bot, adapter, {
    secretToken: options.secret,
    timeoutMilliseconds: options.updateTimeoutMs ?? UPDATE_TIMEOUT_MS,
    onTimeout: () =>
      log.warn("An update is taking long; acknowledged to Telegram, it goes on in the background"),
  });

  const onWebhook = (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== "POST") return send(res, 405, { error: "use POST" }, { allow: "POST" });
    handleUpdate(req, res).catch((error: unknown) => {
      if (error instanceof Refusal) {
        if (error.status === 503) log.debug(`Webhook request refused: ${error.message}`);
        else log.warn(`Webhook request refused with ${error.status}: ${error.message}`);
        return send(res, error.status, { error: error.message });
      }
      log.error("Webhook update failed:", error);
      send(res, 500, { error: "internal error" });
    });
  };

  const onReadiness = async (res: ServerResponse) => {
    const checks: Record<string, string> = {};
    for (const [name, check] of Object.entries(options.readiness)) checks[name] = (await check()) ?? "ok";
    if (stopping) checks.server = "stopping";
    const ready = Object.values(checks).every((result) => result === "ok");
    send(res, ready ? 200 : 503, { status: ready ? "ready" : "not ready", checks });
  };

  const server = createServer((req, res) => {
    const route = new URL(req.url ?? "/", "http://localhost").pathname;
    if (route === path) return onWebhook(req, res);
    if (route !== "/healthz" && route !== "/readyz") return send(res, 404, { error: "not found" });
    if (req.method !== "GET" && req.method !== "HEAD")
      return send(res, 405, { error: "use GET" }, { allow: "GET, HEAD" });
    if (route === "/healthz") return send(res, 200, { status: "ok" });
    onReadiness(res).catch((error: unknown) => {
      log.error("Readiness check failed:", error);
      send(res, 503, { status: "not ready", checks: { server: "a check failed" } });
    });
  });
  // A client that sends its headers or body slowly must not hold a connection for long.
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;

  return {
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(port, host, () => {
          server.off("error", reject);
          resolve(server.address() as AddressInfo);
        });
      }),
    close: () =>
      new Promise((resolve) => {
        stopping = true;
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}

/** The body as an update: at most `maxBytes` (the rest is never read), JSON, with an update_id. */
function readUpdate(req: IncomingMessage, maxBytes: number): Promise<Update> {
  const tooLarge = () => new Refusal(413, `the body is over ${maxBytes} bytes`);
  if (Number(req.headers["content-length"]) > maxBytes) return Promise.reject(tooLarge());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) return void chunks.push(chunk);
      req.off("data", onData).pause();
      reject(tooLarge());
    };
    req.on("data", onData);
    req.once("end", () => {
      const update = parseUpdate(Buffer.concat(chunks).toString("utf8"));
      if (update instanceof Refusal) reject(update);
      else resolve(update);
    });
    req.once("error", () => reject(new Refusal(400, "the request was cut off")));
  });
}

/** The update in `text`, or why it is none. */
function parseUpdate(text: string): Update | Refusal {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return new Refusal(400, "the body is not valid JSON");
  }
  const id = (data as { update_id?: unknown } | null)?.update_id;
  if (typeof data !== "object" || Array.isArray(data) || !Number.isSafeInteger(id))
    return new Refusal(400, "the body is not a Telegram update (an object with an integer update_id)");
  return data as Update;
}

function firstValue(header: string | string[] | undefined): string | undefined {
  return Array.isArray(header) ? header[0] : header;
}
