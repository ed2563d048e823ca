/** The pino logger behind every log line: structured, levelled, and never carrying a secret. */
import { GrammyError, HttpError } from "grammy";
import { describe, expect, it } from "vitest";
import { createLogger, type LoggerOptions, type LogLevel } from "../../src/log.js";

const TOKEN = "123456789:AAH-log-test-token_abcdefghijklmnopq";
const SECRET = "webhook-secret_for-logs";

function capture(level: LogLevel, options: LoggerOptions = {}) {
  const lines: string[] = [];
  const log = createLogger(level, { ...options, write: (line) => lines.push(line) });
  const entries = () => lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  return { log, lines, entries };
}

describe("the logger", () => {
  it("writes one JSON object per line: level, time, message and fields", () => {
    const { log, lines, entries } = capture("info");
    log.info("Webhook server listening", { port: 8080 });
    expect(lines[0]).toMatch(/\n$/);
    expect(entries()).toEqual([
      expect.objectContaining({
        level: "info",
        msg: "Webhook server listening",
        port: 8080,
        time: expect.any(String) as unknown,
      }),
    ]);
  });

  it("drops what is below its level", () => {
    const { log, entries } = capture("warn");
    log.debug("no");
    log.info("no");
    log.warn("yes");
    log.error("yes too");
    expect(entries().map((entry) => entry.level)).toEqual(["warn", "error"]);
  });

  it("logs an error by name, message and Telegram's answer, never its request payload", () => {
    const { log, entries } = capture("info");
    const error = new GrammyError(
      "Call to 'sendMessage' failed!",
      { ok: false, error_code: 403, description: "Forbidden: bot was blocked by the user" },
      "sendMessage",
      { chat_id: 1, text: "the person's own words" },
    );
    log.error("Update 7 failed:", error);
    const [entry] = entries();
    expect(entry).toMatchObject({
      msg: "Update 7 failed:",
      err: { type: "GrammyError", error_code: 403, method: "sendMessage" },
    });
    expect(JSON.stringify(entry)).not.toContain("the person's own words");
    expect(JSON.stringify(entry)).not.toContain("stack");
  });

  it("adds the stack and the network cause at debug level", () => {
    const { log, entries } = capture("debug");
    log.error(
      "Polling failed:",
      new HttpError("Network request for 'getUpdates' failed!", new Error("ECONNRESET")),
    );
    expect(entries()[0]).toMatchObject({
      err: { type: "HttpError", stack: expect.any(String) as unknown, cause: { message: "ECONNRESET" } },
    });
  });

  it("cuts the token, the webhook secret and anything token-shaped out of every line", () => {
    const { log, lines } = capture("debug", { secrets: [TOKEN, SECRET] });
    log.info(`url https://api.telegram.org/bot${TOKEN}/getMe`);
    log.warn("header", { secret: SECRET });
    log.error("failed:", new Error(`fetch https://api.telegram.org/bot${TOKEN}/sendMessage failed`));
    log.info("someone else's: 987654321:ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZ");
    const all = lines.join("");
    expect(all).not.toContain(TOKEN);
    expect(all).not.toContain(SECRET);
    expect(all).not.toContain("ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZ");
    expect(all.match(/\[redacted\]/g)?.length).toBeGreaterThanOrEqual(5);
    for (const line of lines) expect(() => JSON.parse(line) as unknown).not.toThrow();
  });

  it("writes readable lines for a terminal", () => {
    const { log, lines } = capture("info", { pretty: true });
    log.error("Update 7 failed:", new Error("boom"), { attempt: 2 });
    expect(lines[0]).toMatch(
      /^\d{4}-\d\d-\d\dT[\d:.]+Z ERROR Update 7 failed: Error: boom \{ attempt: 2 \}\n$/,
    );
  });
});
