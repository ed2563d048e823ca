/**
 * A small Bot API on 127.0.0.1 for the deployment tests: it records every call the bot makes and
 * answers each with a plausible success (getMe with the bot's user, sendMessage and
 * editMessageText with a message, getUpdates with the queued updates not yet confirmed, anything
 * else with `true`), or with an error for the methods told to fail.
 */
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import type { Update, UserFromGetMe } from "grammy/types";
import { OFFLINE_BOT_INFO } from "../../src/cli/offline-telegram.js";

export const BOT_USER: UserFromGetMe = {
  ...OFFLINE_BOT_INFO,
  id: 777000111,
  first_name: "Deploy Test Bot",
  username: "deploy_test_bot",
};

export interface ApiCall {
  method: string;
  payload: Record<string, unknown>;
}

export interface FakeBotApi {
  /** TELEGRAM_API_ROOT for the bot. */
  readonly apiRoot: string;
  /** Every call so far, oldest first; only those of `method` when given. */
  calls(method?: string): ApiCall[];
  /** Hands `update` out with getUpdates until an offset past it confirms it, as Telegram does. */
  queueUpdate(update: Update): void;
  /** From now on, `method` answers only after `ms` (the call is recorded at once). */
  delay(method: string, ms: number): void;
  /** From now on, `method` answers with this Bot API error (400 unless told). */
  fail(method: string, description: string, code?: number): void;
  /** Waits (bounded) for a call after the first `after` calls that `matches`. */
  waitFor(
    matches: (call: ApiCall) => boolean,
    after: number,
    what: string,
    timeoutMs?: number,
  ): Promise<ApiCall>;
  stop(): Promise<void>;
}

export async function startFakeBotApi(): Promise<FakeBotApi> {
  const calls: ApiCall[] = [];
  const failing = new Map<string, { description: string; code: number }>();
  const delays = new Map<string, number>();
  let messageId = 0;
  let pending: Update[] = [];

  /** Like Telegram's long polling, but holding an empty answer for at most half a second. */
  const nextUpdates = async (payload: Record<string, unknown>, req: IncomingMessage) => {
    const offset = typeof payload.offset === "number" ? payload.offset : 0;
    const limit = typeof payload.limit === "number" ? payload.limit : 100;
    const holdUntil = Date.now() + Math.min(500, 1000 * (Number(payload.timeout) || 0));
    pending = pending.filter((update) => update.update_id >= offset);
    while (pending.length === 0 && Date.now() < holdUntil && !req.socket.destroyed)
      await new Promise((resolve) => setTimeout(resolve, 25));
    return pending.slice(0, limit);
  };

  const answer = (method: string, payload: Record<string, unknown>): unknown => {
    switch (method) {
      case "getMe":
        return BOT_USER;
      case "sendMessage":
      case "editMessageText":
        return {
          message_id: typeof payload.message_id === "number" ? payload.message_id : ++messageId,
          date: Math.floor(Date.now() / 1000),
          chat: { id: payload.chat_id, type: "private", first_name: "Person" },
          from: BOT_USER,
          text: payload.text,
        };
      default:
        return true;
    }
  };

  const server = createServer((req, res) => {
    void readJson(req).then(async (payload) => {
      const method = /^\/bot[^/]+\/(\w+)$/.exec(req.url ?? "")?.[1] ?? "(unknown)";
      calls.push({ method, payload });
      await new Promise((resolve) => setTimeout(resolve, delays.get(method) ?? 0));
      const failure = failing.get(method);
      const body = failure
        ? { ok: false, error_code: failure.code, description: failure.description }
        : {
            ok: true,
            result: method === "getUpdates" ? await nextUpdates(payload, req) : answer(method, payload),
          };
      if (!res.destroyed)
        res.writeHead(failure?.code ?? 200, { "content-type": "application/json" }).end(JSON.stringify(body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    apiRoot: `http://127.0.0.1:${port}`,
    calls: (method) => calls.filter((call) => method === undefined || call.method === method),
    queueUpdate: (update) => void pending.push(update),
    delay: (method, ms) => void delays.set(method, ms),
    fail: (method, description, code = 400) => void failing.set(method, { description, code }),
    async waitFor(matches, after, what, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = calls.slice(after).find(matches);
        if (found) return found;
        if (Date.now() > deadline)
          throw new Error(
            `No ${what} within ${timeoutMs} ms; calls: ${calls.map((c) => c.method).join(", ")}`,
          );
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    },
    stop: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  let text = "";
  for await (const chunk of req) text += String(chunk);
  try {
    return JSON.parse(text || "{}") as Record<string, unknown>;
  } catch {
    return {};
  }
}
