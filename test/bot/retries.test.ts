/**
 * Retries go through the real HTTP client, against a stand-in Bot API server on 127.0.0.1 that
 * answers with flood waits: the only way to reach the auto-retry transformer inside createBot.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, expect, it } from "vitest";
import { createBot } from "../../src/bot/index.js";
import { BOT_INFO } from "./support/fake-telegram.js";
import { knowledge } from "./support/knowledge.js";

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** Answers the first `floods` requests with a flood wait of `retryAfter` seconds, then succeeds. */
async function botApiServer(
  floods: number,
  retryAfter: number,
): Promise<{ apiRoot: string; requests: () => number }> {
  let requests = 0;
  server = createServer((request, response) => {
    requests++;
    request.resume();
    const body =
      requests <= floods
        ? {
            ok: false,
            error_code: 429,
            description: "Too Many Requests",
            parameters: { retry_after: retryAfter },
          }
        : { ok: true, result: true };
    response.writeHead(requests <= floods ? 429 : 200, { "content-type": "application/json" });
    response.end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { apiRoot: `http://127.0.0.1:${port}`, requests: () => requests };
}

/** One API call through the bot's own client, retries included. */
function setCommandsVia(apiRoot: string): Promise<true> {
  const config = { token: "123:TEST", apiRoot, sessions: { kind: "memory" as const }, botInfo: BOT_INFO };
  return createBot(config, knowledge()).api.setMyCommands([{ command: "help", description: "Help" }]);
}

it("waits out a short flood wait and succeeds", async () => {
  const api = await botApiServer(2, 0);
  await expect(setCommandsVia(api.apiRoot)).resolves.toBe(true);
  expect(api.requests()).toBe(3);
});

it("gives up after a bounded number of attempts", async () => {
  const api = await botApiServer(100, 0);
  await expect(setCommandsVia(api.apiRoot)).rejects.toThrow(/Too Many Requests/);
  expect(api.requests()).toBe(4);
});

it("does not wait out a flood wait longer than the reply would still be useful", async () => {
  const api = await botApiServer(1, 3600);
  await expect(setCommandsVia(api.apiRoot)).rejects.toThrow(/Too Many Requests/);
  expect(api.requests()).toBe(1);
});
