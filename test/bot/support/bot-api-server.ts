/**
 * The fake Telegram behind a real HTTP server on 127.0.0.1: the bot's own HTTP client and its
 * retry transformers (which a transformer-level fake bypasses) talk to it through `apiRoot`.
 * Faults are queued per method (and chat): a matching request takes the next one instead of an answer.
 */
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { FakeTelegram } from "./fake-telegram.js";

export type Fault =
  /** 429 with `retry_after`: Telegram's flood control. */
  | { kind: "flood"; retryAfter: number }
  /** 500 with the Bot API's JSON: Telegram's own failure. */
  | { kind: "server-error" }
  /** 502 with an HTML page: a proxy in front of the Bot API failed. */
  | { kind: "bad-gateway" }
  /** The connection is dropped once the request has arrived, before any response. */
  | { kind: "drop" };

export interface ApiRequest {
  method: string;
  payload: Record<string, unknown>;
  /** The fault it met, or "answered". */
  outcome: Fault["kind"] | "answered";
}

export interface BotApiServer {
  /** For the bot's `apiRoot`. */
  apiRoot: string;
  telegram: FakeTelegram;
  /** Every request, in the order it arrived. */
  requests: ApiRequest[];
  /** The next requests for `method` (to `chatId` only, when given) meet these faults, in order. */
  fail(target: { method: string; chatId?: number }, ...faults: Fault[]): void;
  close(): Promise<void>;
}

export async function startBotApiServer(): Promise<BotApiServer> {
  const telegram = new FakeTelegram();
  const requests: ApiRequest[] = [];
  const queues: { method: string; chatId?: number; faults: Fault[] }[] = [];

  const server = createServer((request, response) => {
    void readJson(request).then((payload) => {
      const method = request.url?.split("/").at(-1) ?? "";
      const fault = queues
        .find(
          (queue) =>
            queue.faults.length > 0 &&
            queue.method === method &&
            (queue.chatId ?? payload.chat_id) === payload.chat_id,
        )
        ?.faults.shift();
      requests.push({ method, payload, outcome: fault?.kind ?? "answered" });
      if (fault?.kind === "drop") return request.socket.destroy();
      const [status, type, body] = fault
        ? faultResponse(fault)
        : [200, "application/json", JSON.stringify(telegram.respond(method, payload))];
      response.writeHead(status, { "content-type": type }).end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    apiRoot: `http://127.0.0.1:${port}`,
    telegram,
    requests,
    fail: (target, ...faults) => queues.push({ ...target, faults }),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // The bot's client keeps connections alive; they must not hold the server open.
        server.closeAllConnections();
      }),
  };
}

function faultResponse(fault: Exclude<Fault, { kind: "drop" }>): [number, string, string] {
  const json = (status: number, body: object): [number, string, string] => [
    status,
    "application/json",
    JSON.stringify({ ok: false, error_code: status, ...body }),
  ];
  switch (fault.kind) {
    case "flood":
      return json(429, {
        description: `Too Many Requests: retry after ${fault.retryAfter}`,
        parameters: { retry_after: fault.retryAfter },
      });
    case "server-error":
      return json(500, { description: "Internal Server Error" });
    case "bad-gateway":
      return [502, "text/html", "<html><body><h1>502 Bad Gateway</h1></body></html>"];
  }
}

async function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  let text = "";
  for await (const chunk of request) text += String(chunk);
  return text ? (JSON.parse(text) as Record<string, unknown>) : {};
}
