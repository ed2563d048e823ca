/**
 * Bot API calls through a proxy, end to end: the bot started as `npm start` starts it, polling a
 * fake Bot API on 127.0.0.1 through an HTTP, an HTTPS (TLS to the proxy) and a SOCKS5 proxy
 * started here from npm packages, each asking for a password. The bot must connect, answer a
 * message through the tunnel, and never print the proxy's password; with a wrong password it
 * must stop with one message naming the proxy, not hang.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startFakeBotApi, type FakeBotApi } from "../deploy/fake-bot-api.js";
import { person, textMessage } from "../deploy/updates.js";
import { startMain, WAIT_MS, type MainProcess } from "../support/main-process.js";
import { PROXY_PASSWORD, startProxy, type TestProxy } from "../support/proxies.js";

const TOKEN = "123456789:proxy-test-token-abcdefghijklmnop";

let api: FakeBotApi;
let sessionDir: string;
let proxy: TestProxy | undefined;
let bot: MainProcess | undefined;

beforeAll(async () => {
  api = await startFakeBotApi();
  sessionDir = mkdtempSync(join(tmpdir(), "proxy-sessions-"));
});
afterEach(async () => {
  await bot?.stop();
  await proxy?.close();
  bot = proxy = undefined;
});
afterAll(async () => {
  await api.stop();
  rmSync(sessionDir, { recursive: true, force: true });
});

const apiHostPort = () => new URL(api.apiRoot).host;

function startBot(proxyUrl: string, env: Record<string, string> = {}): MainProcess {
  return startMain(
    {
      BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: api.apiRoot,
      TELEGRAM_PROXY: proxyUrl,
      TELEGRAM_CONNECT_TIMEOUT: "3",
      SESSION_DIR: sessionDir,
      LOG_LEVEL: "info",
      ...env,
    },
    { file: process.execPath, args: ["--import", "tsx", "src/main.ts"] },
  );
}

describe("Bot API calls through a proxy", () => {
  it.each(["http", "https", "socks5"] as const)(
    "connects, polls and answers through a %s proxy, its password never printed",
    { timeout: 2 * WAIT_MS },
    async (kind) => {
      proxy = await startProxy(kind);
      bot = startBot(proxy.url, proxy.env);
      await bot.waitFor("stderr", /Polling as @deploy_test_bot/);
      const before = api.calls().length;
      api.queueUpdate(textMessage(person(8080 + before), "/help"));
      await api.waitFor((call) => call.method === "sendMessage", before, "the reply to /help");

      expect(proxy.tunnels.length, "every call went through the proxy").toBeGreaterThan(0);
      expect(new Set(proxy.tunnels)).toEqual(new Set([apiHostPort()]));
      const port = new URL(proxy.url).port;
      expect(bot.stderr).toContain(
        `Bot API calls go through the proxy ${kind}://127.0.0.1:${port} (TELEGRAM_PROXY)`,
      );
      expect(bot.stderr + bot.stdout).not.toContain(PROXY_PASSWORD);
    },
  );

  it.each(["http", "socks5"] as const)(
    "stops with one message naming the %s proxy when it refuses the password",
    { timeout: 2 * WAIT_MS },
    async (kind) => {
      proxy = await startProxy(kind);
      const wrong = proxy.url.replace(PROXY_PASSWORD, "wrong-password");
      bot = startBot(wrong, proxy.env);
      const { code } = await bot.closed;

      expect(code).toBe(1);
      const port = new URL(proxy.url).port;
      expect(bot.stderr).toMatch(
        new RegExp(
          `^Cannot start: could not reach the Bot API at ${api.apiRoot} through the proxy ${kind}://127\\.0\\.0\\.1:${port} \\(TELEGRAM_PROXY\\)`,
          "m",
        ),
      );
      expect(bot.stderr).toContain("check that the proxy is up and lets this machine reach");
      expect(bot.stderr + bot.stdout).not.toContain("wrong-password");
    },
  );
});
