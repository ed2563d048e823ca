/**
 * The Bot API failing under the bot: flood waits, Telegram's own errors, a proxy's error page, a
 * dropped connection. Through the bot's real HTTP client (auto-retry and the network retry
 * included) against a fake Bot API on 127.0.0.1. A reply that meets a fault is retried and
 * delivered, and meanwhile other people are answered (updates run concurrently, as the runner
 * and webhooks deliver them); retries are bounded.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startBotApiServer, type BotApiServer, type Fault } from "../bot/support/bot-api-server.js";
import { createHarness } from "../bot/support/harness.js";

let api: BotApiServer;
beforeEach(async () => {
  api = await startBotApiServer();
});
afterEach(() => api.close());

/** Waits, boundedly, until the fake Bot API has seen a request that met `fault`. */
async function faultMet(fault: Fault["kind"]): Promise<void> {
  for (let waited = 0; !api.requests.some((request) => request.outcome === fault); waited += 10) {
    if (waited > 5_000) throw new Error(`no request met ${fault}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const sentMessages = () =>
  api.requests
    .filter((request) => request.method === "sendMessage")
    .map((request) => [request.payload.chat_id, request.outcome]);

describe("a reply that meets a fault is retried and delivered, while another person is answered", () => {
  it.each<[string, Fault[], number]>([
    ["a flood wait (429, retry after 1 s)", [{ kind: "flood", retryAfter: 1 }], 1_000],
    // auto-retry's first back-off after a 5xx is 3 s.
    ["a Telegram failure (500)", [{ kind: "server-error" }], 3_000],
    ["a dropped connection, twice", [{ kind: "drop" }, { kind: "drop" }], 0],
    ["a proxy's error page (502, not JSON), twice", [{ kind: "bad-gateway" }, { kind: "bad-gateway" }], 0],
  ])("%s", { timeout: 15_000 }, async (_name, faults, minimumWaitMs) => {
    const h = createHarness({ botApi: api });
    const first = h.private({ languageCode: "en" });
    const second = h.private({ languageCode: "ru" });
    api.fail({ method: "sendMessage", chatId: first.chat.id }, ...faults);

    const started = Date.now();
    const firstDone = first.send("/help").then(() => Date.now());
    await faultMet(faults[0]!.kind);
    await second.send("/help");
    const secondDone = Date.now();
    const firstFinished = await firstDone;

    expect(secondDone, "the second person was answered while the first waited").toBeLessThan(firstFinished);
    expect(firstFinished - started).toBeGreaterThanOrEqual(minimumWaitMs);
    expect(sentMessages()).toEqual([
      ...faults.slice(0, 1).map((fault) => [first.chat.id, fault.kind]),
      [second.chat.id, "answered"],
      ...faults.slice(1).map((fault) => [first.chat.id, fault.kind]),
      [first.chat.id, "answered"],
    ]);
    expect(api.telegram.sent.map((message) => message.chatId)).toEqual([second.chat.id, first.chat.id]);
    expect(api.telegram.sent[1]!.text).toMatch(/^\/timeline/m);
    h.expectClean();
  });
});

describe("retries are bounded", () => {
  it(
    "a connection that keeps dropping is tried four times, then the failure is logged",
    { timeout: 15_000 },
    async () => {
      api.fail({ method: "sendMessage" }, ...Array.from({ length: 20 }, (): Fault => ({ kind: "drop" })));
      const h = createHarness({ botApi: api });
      await h.private().send("/help");
      // Four attempts at the reply, four at telling the person something went wrong.
      expect(sentMessages()).toHaveLength(8);
      expect(h.errors.map(([message]) => message)).toEqual([
        expect.stringMatching(/^Update \d+ failed/),
        "Could not tell the user about the failure:",
      ]);
      h.clear();
    },
  );

  it("a short flood wait is waited out and the call succeeds", async () => {
    api.fail({ method: "setMyCommands" }, { kind: "flood", retryAfter: 0 }, { kind: "flood", retryAfter: 0 });
    const { bot } = createHarness({ botApi: api });
    await expect(bot.api.setMyCommands([{ command: "help", description: "Help" }])).resolves.toBe(true);
    expect(api.requests).toHaveLength(3);
  });

  it("flood waits are retried three times, then the call fails", async () => {
    api.fail(
      { method: "setMyCommands" },
      ...Array.from({ length: 10 }, (): Fault => ({ kind: "flood", retryAfter: 0 })),
    );
    const { bot } = createHarness({ botApi: api });
    await expect(bot.api.setMyCommands([{ command: "help", description: "Help" }])).rejects.toThrow(
      /Too Many Requests/,
    );
    expect(api.requests).toHaveLength(4);
  });

  it("a flood wait longer than a reply stays useful fails at once", async () => {
    api.fail({ method: "setMyCommands" }, { kind: "flood", retryAfter: 3600 });
    const { bot } = createHarness({ botApi: api });
    await expect(bot.api.setMyCommands([{ command: "help", description: "Help" }])).rejects.toThrow(
      /Too Many Requests/,
    );
    expect(api.requests).toHaveLength(1);
  });
});
