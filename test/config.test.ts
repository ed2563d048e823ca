import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, ENV_VARIABLES, loadConfig, loadDotEnv, secretsOf } from "../src/config.js";
import { PROJECT_ROOT } from "../src/kb/load.js";
import { startMain, WAIT_MS } from "./support/main-process.js";

const TOKEN = "123456789:AAH-config-test-token_0123456789abcdef";
const SECRET = "config-test-secret_0123";
/** The least a webhook bot needs. */
const WEBHOOK = { BOT_TOKEN: TOKEN, BOT_MODE: "webhook", WEBHOOK_SECRET: SECRET };

/** The ConfigError that `env` causes (the test fails if it causes none). */
function configError(env: NodeJS.ProcessEnv): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error("expected a ConfigError");
}

const problemsOf = (env: NodeJS.ProcessEnv) =>
  configError(env).problems.map((problem) => `${problem.variable} ${problem.message}`);

describe("the configuration", () => {
  it("runs offline with defaults when nothing is set", () => {
    expect(loadConfig({})).toEqual({
      mode: "offline",
      apiRoot: undefined,
      proxy: undefined,
      connectTimeoutMs: 30_000,
      rateLimit: { limit: 20, windowMs: 60_000 },
      sessionDir: ".sessions",
      redisUrl: undefined,
      logLevel: "info",
      defaultLang: undefined,
      feedback: { enabled: true, retentionDays: 90 },
    });
  });

  it("treats blank values (BOT_TOKEN= in .env) as unset", () => {
    expect(
      loadConfig({
        BOT_TOKEN: "",
        BOT_MODE: " ",
        TELEGRAM_API_ROOT: " ",
        SESSION_DIR: "",
        LOG_LEVEL: "",
        DEFAULT_LANG: "",
        PORT: "",
        WEBHOOK_SECRET: "",
        WEBHOOK_URL: "",
        REDIS_URL: "",
      }),
    ).toMatchObject({ mode: "offline", apiRoot: undefined, sessionDir: ".sessions", logLevel: "info" });
  });

  it("reads every variable, case-insensitively for the lists", () => {
    expect(
      loadConfig({
        BOT_TOKEN: "123456:AAH-x_9",
        TELEGRAM_API_ROOT: "http://127.0.0.1:8081",
        SESSION_DIR: "/var/lib/bot",
        REDIS_URL: "redis://:pass@redis:6379/2",
        LOG_LEVEL: "DEBUG",
        DEFAULT_LANG: "Be",
        TELEGRAM_PROXY: "socks5://user:pw@127.0.0.1:1080",
        TELEGRAM_CONNECT_TIMEOUT: "5",
        RATE_LIMIT: "5/10s",
      }),
    ).toEqual({
      mode: "polling",
      botToken: "123456:AAH-x_9",
      apiRoot: "http://127.0.0.1:8081",
      proxy: { url: "socks5://user:pw@127.0.0.1:1080", variable: "TELEGRAM_PROXY" },
      connectTimeoutMs: 5_000,
      rateLimit: { limit: 5, windowMs: 10_000 },
      sessionDir: "/var/lib/bot",
      redisUrl: "redis://:pass@redis:6379/2",
      logLevel: "debug",
      defaultLang: "be",
      feedback: { enabled: true, retentionDays: 90 },
    });
  });

  it("polls by default when there is a token, and serves a webhook when asked to", () => {
    expect(loadConfig({ BOT_TOKEN: TOKEN }).mode).toBe("polling");
    expect(loadConfig({ BOT_TOKEN: TOKEN, BOT_MODE: "Polling" }).mode).toBe("polling");
    expect(loadConfig(WEBHOOK)).toMatchObject({
      mode: "webhook",
      webhook: { host: "0.0.0.0", port: 8080, path: "/telegram", secret: SECRET, url: undefined },
    });
  });

  it("reads the webhook settings", () => {
    const config = loadConfig({
      ...WEBHOOK,
      HOST: "127.0.0.1",
      PORT: "8443",
      WEBHOOK_PATH: "/hooks/telegram",
      WEBHOOK_URL: "https://bot.example.org/hooks/telegram",
    });
    expect(config).toMatchObject({
      webhook: {
        host: "127.0.0.1",
        port: 8443,
        path: "/hooks/telegram",
        url: "https://bot.example.org/hooks/telegram",
      },
    });
    expect(loadConfig({ ...WEBHOOK, WEBHOOK_SECRET: "a", PORT: "0" })).toMatchObject({
      webhook: { port: 0, secret: "a" },
    });
  });

  it("accepts an http:// WEBHOOK_URL only with a self-hosted Bot API server", () => {
    const env = {
      ...WEBHOOK,
      WEBHOOK_URL: "http://bot:8080/t",
    };
    expect(problemsOf(env)).toEqual([expect.stringMatching(/^WEBHOOK_URL must start with https:\/\//)]);
    expect(loadConfig({ ...env, TELEGRAM_API_ROOT: "http://bot-api:8081" })).toMatchObject({
      webhook: { url: "http://bot:8080/t" },
    });
  });

  it.each([
    [
      { BOT_MODE: "webhook" },
      ["BOT_TOKEN is not set, but BOT_MODE=webhook needs it", "WEBHOOK_SECRET is required"],
    ],
    [{ BOT_MODE: "polling" }, ["BOT_TOKEN is not set, but BOT_MODE=polling needs it"]],
    [{ BOT_TOKEN: TOKEN, BOT_MODE: "webhook" }, ["WEBHOOK_SECRET is required when BOT_MODE=webhook"]],
    [{ BOT_MODE: "hook" }, ["BOT_MODE must be polling or webhook"]],
    [{ PORT: "99999" }, ["PORT must be a port number"]],
    [{ PORT: "80a" }, ["PORT must be a port number"]],
    [{ WEBHOOK_PATH: "telegram" }, ["WEBHOOK_PATH must be a path starting with /"]],
    [{ WEBHOOK_PATH: "/tg?x=1" }, ["WEBHOOK_PATH must be a path starting with /"]],
    [{ WEBHOOK_PATH: "/healthz" }, ["WEBHOOK_PATH must not be /healthz or /readyz"]],
    [{ WEBHOOK_SECRET: "has spaces" }, ["WEBHOOK_SECRET must be 1 to 256 characters"]],
    [{ WEBHOOK_SECRET: "x".repeat(257) }, ["WEBHOOK_SECRET must be 1 to 256 characters"]],
    [{ WEBHOOK_URL: "bot.example.org/telegram" }, ["WEBHOOK_URL must be the public https:// address"]],
    [{ REDIS_URL: "http://redis:6379" }, ["REDIS_URL must be a redis:// or rediss:// URL"]],
    [{ REDIS_URL: "localhost:6379" }, ["REDIS_URL must be a redis:// or rediss:// URL"]],
  ])("explains what is wrong with %o", (env, expected) => {
    expect(problemsOf(env)).toEqual(expected.map((start): unknown => expect.stringContaining(start)));
  });

  it("strips a trailing slash from TELEGRAM_API_ROOT, as grammY requires", () => {
    expect(loadConfig({ TELEGRAM_API_ROOT: "https://bots.example.org/api/" }).apiRoot).toBe(
      "https://bots.example.org/api",
    );
  });

  it.each([
    ["not a url", /is not a URL/],
    ["ftp://example.org", /must start with http/],
    ["http://127.0.0.1:8081/?x=1", /must not have a query/],
    ["https://api.telegram.org/bot123:abc", /grammY adds \/bot<token>/],
  ])("rejects TELEGRAM_API_ROOT=%s and says why", (value, why) => {
    expect(problemsOf({ TELEGRAM_API_ROOT: value })).toEqual([expect.stringMatching(why)]);
  });

  it("lists every problem at once, naming each variable", () => {
    const problems = problemsOf({
      BOT_TOKEN: "oops",
      BOT_MODE: "webhook",
      LOG_LEVEL: "loud",
      DEFAULT_LANG: "uk",
      TELEGRAM_API_ROOT: "x",
      PORT: "-1",
      WEBHOOK_PATH: "/readyz",
      WEBHOOK_SECRET: "no spaces please",
      WEBHOOK_URL: "ftp://x",
      REDIS_URL: "mysql://db",
    });
    expect(problems.map((p) => p.split(" ")[0]).sort()).toEqual([
      "BOT_TOKEN",
      "DEFAULT_LANG",
      "LOG_LEVEL",
      "PORT",
      "REDIS_URL",
      "TELEGRAM_API_ROOT",
      "WEBHOOK_PATH",
      "WEBHOOK_SECRET",
      "WEBHOOK_URL",
    ]);
  });

  it("never repeats the token in its message, even a malformed one", () => {
    const { message } = configError({ BOT_TOKEN: '"987654:SECRET-part"' });
    expect(message).toMatch(/BOT_TOKEN does not look like a token/);
    expect(message).not.toContain("SECRET");
  });

  it("never repeats a secret or a Redis password in its message", () => {
    const { message } = configError({
      WEBHOOK_SECRET: "almost-right-secret!",
      REDIS_URL: "http://:hunter2pass@redis:6379",
      WEBHOOK_URL: "ftp://user:topsecretpw@x",
    });
    expect(message).toMatch(/WEBHOOK_SECRET must be/);
    for (const secret of ["almost-right-secret", "hunter2pass", "topsecretpw"])
      expect(message).not.toContain(secret);
  });

  it("knows which of its values are secrets, so the logs can leave them out", () => {
    const config = loadConfig({
      ...WEBHOOK,
      REDIS_URL: "redis://:p%40ss@redis:6379",
    });
    expect(secretsOf(config)).toEqual([TOKEN, SECRET, "p%40ss", "p@ss"]);
    expect(secretsOf(loadConfig({}))).toEqual([]);
  });

  it(
    "stops `npm start` with exit code 1, every problem listed and no secret printed",
    async () => {
      const run = startMain({
        BOT_TOKEN: TOKEN,
        BOT_MODE: "webhook",
        TELEGRAM_API_ROOT: "",
        HOST: "",
        PORT: "70000",
        WEBHOOK_PATH: "/healthz",
        WEBHOOK_SECRET: `${SECRET}!`,
        WEBHOOK_URL: "",
        REDIS_URL: "redis-host:6379",
        SESSION_DIR: "",
        LOG_LEVEL: "info",
        DEFAULT_LANG: "",
      });
      const { code } = await run.closed;
      expect(code).toBe(1);
      expect(run.stderr).toMatch(/Cannot start: The configuration has 4 problem\(s\)/);
      for (const variable of ["PORT", "WEBHOOK_PATH", "WEBHOOK_SECRET", "REDIS_URL"])
        expect(run.stderr).toMatch(new RegExp(`^  ${variable} `, "m"));
      expect(run.stderr + run.stdout).not.toContain(TOKEN);
      expect(run.stderr + run.stdout).not.toContain(SECRET);
    },
    2 * WAIT_MS,
  );

  it("reads a proxy from TELEGRAM_PROXY first, then from HTTPS_PROXY or ALL_PROXY", () => {
    const proxy = (env: NodeJS.ProcessEnv) => loadConfig({ BOT_TOKEN: TOKEN, ...env }).proxy;
    expect(proxy({ TELEGRAM_PROXY: "http://a:3128", HTTPS_PROXY: "http://b:3128" })).toEqual({
      url: "http://a:3128",
      variable: "TELEGRAM_PROXY",
    });
    expect(proxy({ HTTPS_PROXY: "http://b:3128", ALL_PROXY: "socks5://c:1080" })?.variable).toBe(
      "HTTPS_PROXY",
    );
    expect(proxy({ https_proxy: "http://b:3128" })?.variable).toBe("https_proxy");
    expect(proxy({ ALL_PROXY: "socks5h://c:1080" })?.url).toBe("socks5h://c:1080");
    expect(proxy({})).toBeUndefined();
  });

  it("does not send the Bot API through a machine-wide proxy that NO_PROXY or a local Bot API rules out", () => {
    const proxy = (env: NodeJS.ProcessEnv) =>
      loadConfig({ BOT_TOKEN: TOKEN, HTTPS_PROXY: "http://p:3128", ...env }).proxy;
    expect(proxy({ NO_PROXY: "localhost,.telegram.org" })).toBeUndefined();
    expect(proxy({ no_proxy: "*" })).toBeUndefined();
    expect(proxy({ NO_PROXY: "example.org" })?.variable).toBe("HTTPS_PROXY");
    expect(proxy({ TELEGRAM_API_ROOT: "http://127.0.0.1:8081" })).toBeUndefined();
    expect(proxy({ TELEGRAM_API_ROOT: "http://localhost:8081" })).toBeUndefined();
    // Asked for by name, it is used even for a local Bot API (the proxy tests do that).
    expect(proxy({ TELEGRAM_API_ROOT: "http://127.0.0.1:8081", TELEGRAM_PROXY: "http://p:1" })?.url).toBe(
      "http://p:1",
    );
  });

  it("names every bad proxy, timeout or rate limit, without quoting the value", () => {
    const problems = problemsOf({
      TELEGRAM_PROXY: "ftp://user:s3cret@proxy:21",
      TELEGRAM_CONNECT_TIMEOUT: "0",
      RATE_LIMIT: "lots",
    });
    expect(problems).toEqual([
      "TELEGRAM_PROXY must start with http://, https://, socks5:// or socks5h://",
      "TELEGRAM_CONNECT_TIMEOUT must be a number of seconds from 1 to 600",
      "RATE_LIMIT must be messages per seconds, such as 20/60s (20 messages a minute), or off",
    ]);
    expect(problemsOf({ HTTPS_PROXY: "s3cret-not-a-url" })).toEqual([
      expect.stringMatching(/^HTTPS_PROXY is not a URL; .*TELEGRAM_PROXY overrides it/),
    ]);
    expect(problems.join("\n")).not.toContain("s3cret");
  });

  it("turns the rate limit off, and keeps the proxy password among the secrets", () => {
    expect(loadConfig({ RATE_LIMIT: "Off" }).rateLimit).toBeUndefined();
    const config = loadConfig({ BOT_TOKEN: TOKEN, TELEGRAM_PROXY: "http://bot:pa%24s@proxy:3128" });
    expect(secretsOf(config)).toEqual([TOKEN, "pa%24s", "pa$s"]);
  });

  it("records feedback by default for 90 days; FEEDBACK=off stops it, and problems are listed with the others", () => {
    expect(loadConfig({ FEEDBACK: "off", FEEDBACK_RETENTION_DAYS: "30" }).feedback).toEqual({
      enabled: false,
      retentionDays: 30,
    });
    const problems = (() => {
      try {
        loadConfig({ FEEDBACK: "maybe", FEEDBACK_RETENTION_DAYS: "0", LOG_LEVEL: "loud" });
        return [];
      } catch (error) {
        return (error as ConfigError).problems.map(({ variable }) => variable);
      }
    })();
    expect(problems.sort()).toEqual(["FEEDBACK", "FEEDBACK_RETENTION_DAYS", "LOG_LEVEL"]);
  });

  it("documents every variable it reads in .env.example, and nothing else", () => {
    const example = readFileSync(join(PROJECT_ROOT, ".env.example"), "utf8");
    const documented = [...example.matchAll(/^([A-Z_]+)=/gm)].map(([, name]) => name);
    expect(documented.sort()).toEqual([...ENV_VARIABLES].sort());
  });

  it("runs without a .env file, but says so when one exists and cannot be read", () => {
    expect(() => loadDotEnv(join(tmpdir(), "no-such-folder", ".env"))).not.toThrow();
    const folder = mkdtempSync(join(tmpdir(), "dotenv-"));
    expect(() => loadDotEnv(folder)).toThrow(/could not be read/);
    rmSync(folder, { recursive: true });
  });
});
