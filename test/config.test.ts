import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig, loadDotEnv } from "../src/config.js";

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
      botToken: undefined,
      apiRoot: undefined,
      sessionDir: ".sessions",
      logLevel: "info",
      defaultLang: undefined,
    });
  });

  it("treats blank values (BOT_TOKEN= in .env) as unset", () => {
    expect(
      loadConfig({ BOT_TOKEN: "", TELEGRAM_API_ROOT: " ", SESSION_DIR: "", LOG_LEVEL: "", DEFAULT_LANG: "" }),
    ).toMatchObject({ botToken: undefined, apiRoot: undefined, sessionDir: ".sessions", logLevel: "info" });
  });

  it("reads every variable, case-insensitively for the lists", () => {
    expect(
      loadConfig({
        BOT_TOKEN: "123456:AAH-x_9",
        TELEGRAM_API_ROOT: "http://127.0.0.1:8081",
        SESSION_DIR: "/var/lib/bot",
        LOG_LEVEL: "DEBUG",
        DEFAULT_LANG: "Be",
      }),
    ).toEqual({
      botToken: "123456:AAH-x_9",
      apiRoot: "http://127.0.0.1:8081",
      sessionDir: "/var/lib/bot",
      logLevel: "debug",
      defaultLang: "be",
    });
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
      LOG_LEVEL: "loud",
      DEFAULT_LANG: "uk",
      TELEGRAM_API_ROOT: "x",
    });
    expect(problems.map((p) => p.split(" ")[0]).sort()).toEqual([
      "BOT_TOKEN",
      "DEFAULT_LANG",
      "LOG_LEVEL",
      "TELEGRAM_API_ROOT",
    ]);
  });

  it("never repeats the token in its message, even a malformed one", () => {
    const { message } = configError({ BOT_TOKEN: '"987654:SECRET-part"' });
    expect(message).toMatch(/BOT_TOKEN does not look like a token/);
    expect(message).not.toContain("SECRET");
  });

  it("runs without a .env file, but says so when one exists and cannot be read", () => {
    expect(() => loadDotEnv(join(tmpdir(), "no-such-folder", ".env"))).not.toThrow();
    const folder = mkdtempSync(join(tmpdir(), "dotenv-"));
    expect(() => loadDotEnv(folder)).toThrow(/could not be read/);
    rmSync(folder, { recursive: true });
  });
});
