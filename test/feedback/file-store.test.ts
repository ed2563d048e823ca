/**
 * Feedback on disk without Redis: append-only JSON lines under SESSION_DIR/feedback, readable by
 * the bot's user alone, rotated by size, expired entries removed at write time, and a line cut
 * short by a crash costing that line only.
 */
import { appendFileSync, readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createFileStore } from "../../src/feedback/file-store.js";
import { createRecorder } from "../../src/feedback/recorder.js";
import type { FeedbackEntry, QuestionRecord } from "../../src/feedback/record.js";
import { clock, recordingLog, useTempDir } from "./support.js";

const tempDir = useTempDir();

const question = (id: string, day: string, q = "When did Belarus apply?"): QuestionRecord => ({
  t: "q",
  id,
  day,
  lang: "en",
  q,
  outcome: "answered",
  fact: "application-1993",
  confidence: 0.9,
});
/** A valid record id for a number below 1024: its binary digits as a and b. */
const idOf = (n: number) => n.toString(2).replace(/0/g, "a").replace(/1/g, "b").padStart(10, "a");
const ids = (entries: FeedbackEntry[]) =>
  entries.map((entry) => `${entry.t}:${entry.id}${entry.t === "v" ? `:${entry.vote}` : ""}`);

describe("the file store", () => {
  it("appends entries as JSON lines in SESSION_DIR/feedback, readable by the bot's user alone", async () => {
    const dir = tempDir();
    const store = createFileStore({ dir, retentionDays: 90 });
    await store.append([question("aaaaaaaaaa", "2026-12-01")], "2026-12-01");
    await store.append([question("bbbbbbbbbb", "2026-12-01")], "2026-12-01");
    const file = join(dir, "feedback", "feedback.jsonl");
    expect(
      readFileSync(file, "utf8")
        .trim()
        .split("\n")
        .map((line) => JSON.parse(line) as unknown),
    ).toEqual(await store.readAll());
    expect(ids(await store.readAll())).toEqual(["q:aaaaaaaaaa", "q:bbbbbbbbbb"]);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, "feedback")).mode & 0o777).toBe(0o700);
  });

  it("writes each entry as exactly its JSON, whatever the question holds", async () => {
    const dir = tempDir();
    const store = createFileStore({ dir, retentionDays: 90 });
    const texts = ['Кто такой "Бяляцкі"?', "emoji 🇧🇾 and \\ back\\slash", "tab\tand\u0001control", "ł ŭ č"];
    const entries: FeedbackEntry[] = [
      ...texts.map((q, i) => question(idOf(i), "2026-12-01", q)),
      {
        t: "q",
        id: idOf(9),
        day: "2026-12-01",
        lang: "be",
        q: "надвор'е",
        outcome: "declined",
        confidence: 0.2,
        suggested: ["a-1", "b-2", "c-3", "d-4", "e-5"],
      },
      { t: "v", id: idOf(0), day: "2026-12-01", vote: "down" },
    ];
    await store.append(entries, "2026-12-01");
    const lines = readFileSync(join(dir, "feedback", "feedback.jsonl"), "utf8").split("\n");
    expect(lines.pop()).toBe("");
    expect(lines.sort()).toEqual(entries.map((entry) => JSON.stringify(entry)).sort());
  });

  it("keeps the last vote on a record, across writes and within one", async () => {
    const store = createFileStore({ dir: tempDir(), retentionDays: 90 });
    const vote = (vote: "up" | "down"): FeedbackEntry => ({
      t: "v",
      id: "aaaaaaaaaa",
      day: "2026-12-01",
      vote,
    });
    await store.append([question("aaaaaaaaaa", "2026-12-01"), vote("up"), vote("down")], "2026-12-01");
    await store.append([vote("up")], "2026-12-01");
    const votes = (await store.readAll()).filter((entry) => entry.t === "v");
    expect(votes.map((entry) => entry.t === "v" && entry.vote)).toEqual(["down", "up"]);
  });

  it("rotates by size and keeps at most `files` files", async () => {
    const dir = tempDir();
    const store = createFileStore({ dir, retentionDays: 90, maxFileBytes: 2_000, files: 3 });
    for (let i = 0; i < 60; i++)
      await store.append([question(idOf(i), "2026-12-01", "x".repeat(100))], "2026-12-01");
    const files = readdirSync(join(dir, "feedback")).sort();
    expect(files).toEqual(["feedback.1.jsonl", "feedback.2.jsonl", "feedback.jsonl"]);
    for (const file of files) expect(statSync(join(dir, "feedback", file)).size).toBeLessThan(2_000 + 300);
    const kept = await store.readAll();
    expect(kept.length).toBeLessThan(60);
    expect(kept.at(-1)).toMatchObject({ t: "q" });
  });

  it("removes entries older than the retention at the first write of a day, deleting emptied files", async () => {
    const dir = tempDir();
    const time = clock("2026-10-01T10:00:00Z");
    const store = createFileStore({ dir, retentionDays: 30, maxFileBytes: 400, files: 4 });
    const recorder = createRecorder({ store, retentionDays: 30, log: recordingLog().log, now: time.now });
    for (let i = 0; i < 5; i++)
      recorder.question(`old question ${i}`, { lang: "en", kind: "declined", confidence: 0, suggested: [] });
    await recorder.flush();
    time.advanceDays(20);
    recorder.question("newer question", { lang: "en", kind: "declined", confidence: 0, suggested: [] });
    await recorder.flush();
    expect((await store.readAll()).map((entry) => entry.day)).toContain("2026-10-01");
    time.advanceDays(15); // 2026-11-05: the first kept day is 2026-10-07
    recorder.question("newest question", { lang: "en", kind: "declined", confidence: 0, suggested: [] });
    await recorder.flush();
    const days = (await store.readAll()).map((entry) => entry.day);
    expect(days).toEqual(["2026-10-21", "2026-11-05"]);
    const text = readdirSync(join(dir, "feedback"))
      .map((file) => readFileSync(join(dir, "feedback", file), "utf8"))
      .join("");
    expect(text).not.toContain("old question");
  });

  it("never writes an entry already past the retention", async () => {
    const store = createFileStore({ dir: tempDir(), retentionDays: 7 });
    await store.append(
      [question("aaaaaaaaaa", "2026-11-01"), question("bbbbbbbbbb", "2026-12-01")],
      "2026-12-01",
    );
    expect(ids(await store.readAll())).toEqual(["q:bbbbbbbbbb"]);
  });

  it("skips a line cut short by a crash, and starts the next write on a new line", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, "feedback"), { recursive: true });
    const file = join(dir, "feedback", "feedback.jsonl");
    writeFileSync(file, JSON.stringify(question("aaaaaaaaaa", "2026-12-01")) + "\n");
    appendFileSync(file, '{"t":"q","id":"bbbb');
    const store = createFileStore({ dir, retentionDays: 90 });
    expect(ids(await store.readAll())).toEqual(["q:aaaaaaaaaa"]);
    await store.append([question("cccccccccc", "2026-12-01")], "2026-12-01");
    expect(ids(await store.readAll())).toEqual(["q:aaaaaaaaaa", "q:cccccccccc"]);
  });

  it("lets a full disk or a read-only folder fail the write, which the recorder logs once", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "feedback"), "a file where the folder should be");
    const { lines, log } = recordingLog();
    const recorder = createRecorder({
      store: createFileStore({ dir, retentionDays: 90 }),
      retentionDays: 90,
      log,
    });
    for (let i = 0; i < 3; i++) {
      expect(
        recorder.question(`q ${i}`, { lang: "en", kind: "declined", confidence: 0, suggested: [] }),
      ).toBeDefined();
      await recorder.flush();
    }
    expect(lines).toHaveLength(1);
    expect(lines[0]!.text).toMatch(/EEXIST|ENOTDIR/);
  });
});
