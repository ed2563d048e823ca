/**
 * The privacy rules and the fire-and-forget queue: what a record holds (and that it can hold
 * nothing else), day-rounded time, FEEDBACK=off, and a store that fails, hangs or overflows
 * never delaying an answer nor filling the log.
 */
import { describe, expect, it } from "vitest";
import { createRecorder, outcomeOf, type Outcome } from "../../src/feedback/recorder.js";
import { entrySchema, firstKeptDay, parseEntry, RECORD_ID } from "../../src/feedback/record.js";
import { loadKnowledgeBase } from "../../src/kb/load.js";
import { createAnswerer } from "../../src/search/index.js";
import { clock, memoryStore, recordingLog } from "./support.js";

const answered: Outcome = { lang: "en", kind: "answered", fact: "application-1993", confidence: 0.93 };
const declined: Outcome = { lang: "be", kind: "declined", confidence: 0.12, suggested: ["contact-group"] };

describe("a question record", () => {
  it("holds the masked text, the language, the decision and the day: nothing else", async () => {
    const { store, entries } = memoryStore();
    const time = clock();
    const recorder = createRecorder({ store, retentionDays: 90, log: recordingLog().log, now: time.now });
    const id = recorder.question("  Call me on +375 29 123-45-67, when did Belarus apply?  ", answered);
    recorder.question("Якое надвор'е ў Мінску?", declined);
    await recorder.flush();
    expect(id).toMatch(RECORD_ID);
    expect(entries[0]).toEqual({
      t: "q",
      id,
      day: "2026-12-01",
      lang: "en",
      q: "Call me on [phone], when did Belarus apply?",
      outcome: "answered",
      fact: "application-1993",
      confidence: 0.93,
    });
    expect(Object.keys(entries[1]!).sort()).toEqual(
      ["confidence", "day", "id", "lang", "outcome", "q", "suggested", "t"].sort(),
    );
    // The day only: no hour, minute or second of the question survives.
    expect(JSON.stringify(entries)).not.toMatch(/15:42|T\d\d:|\b1764\d{9}\b/);
  });

  it("cannot hold a user id, a chat id, a username or a message id: the schema refuses them", () => {
    const record = {
      t: "q",
      id: "abcdefghij",
      day: "2026-12-01",
      lang: "en",
      q: "x",
      outcome: "answered",
      fact: "a",
      confidence: 1,
    };
    expect(parseEntry(record)).toEqual(record);
    for (const extra of [
      { user_id: 42 },
      { chat_id: -100 },
      { username: "anna" },
      { message_id: 7 },
      { from: {} },
    ])
      expect(entrySchema.safeParse({ ...record, ...extra }).success, JSON.stringify(extra)).toBe(false);
    expect(parseEntry({ t: "v", id: "abcdefghij", day: "2026-12-01", vote: "up", user: 1 })).toBeUndefined();
  });

  it("gets an id that is random, not derived from anything about the person", () => {
    const recorder = createRecorder({
      store: memoryStore().store,
      retentionDays: 90,
      log: recordingLog().log,
    });
    const ids = new Set(Array.from({ length: 1000 }, () => recorder.question("same question", answered)));
    expect(ids.size).toBe(1000);
  });

  it("keeps the decision of the search core, rounded, and nothing for small talk", () => {
    const kb = loadKnowledgeBase();
    const answerer = createAnswerer(kb);
    const fact = outcomeOf(
      answerer.answer("When did Belarus apply to join the Council of Europe?", { fallbackLang: "en" }),
    );
    expect(fact).toMatchObject({ kind: "answered", fact: "application-1993", lang: "en" });
    expect(String(fact!.confidence)).toMatch(/^(0|1|0\.\d{1,2})$/);
    const decline = outcomeOf(answerer.answer("What is the weather in Minsk?", { fallbackLang: "en" }));
    expect(decline).toMatchObject({ kind: "declined", lang: "en" });
    expect(outcomeOf(answerer.answer("hi", { fallbackLang: "en" }))).toBeUndefined();
    expect(outcomeOf(answerer.answer("thanks!", { fallbackLang: "en" }))).toBeUndefined();
  });

  it("records a vote on a record by its id alone", async () => {
    const { store, entries } = memoryStore();
    const recorder = createRecorder({ store, retentionDays: 90, log: recordingLog().log, now: clock().now });
    const id = recorder.question("When did Belarus apply?", answered)!;
    recorder.vote(id, "down");
    recorder.vote("not an id", "up");
    await recorder.flush();
    expect(entries.at(-1)).toEqual({ t: "v", id, day: "2026-12-01", vote: "down" });
    expect(entries).toHaveLength(2);
  });
});

describe("FEEDBACK=off", () => {
  it("records nothing and offers no buttons", async () => {
    const recorder = createRecorder({ retentionDays: 90, log: recordingLog().log });
    expect(recorder.enabled).toBe(false);
    expect(recorder.question("When did Belarus apply?", answered)).toBeUndefined();
    recorder.vote("abcdefghij", "up");
    await recorder.flush();
    expect(recorder.stats()).toEqual({ written: 0, dropped: 0, failures: 0 });
  });
});

describe("retention", () => {
  it("counts the retention in whole days, today included", () => {
    expect(firstKeptDay("2026-12-01", 90)).toBe("2026-09-03");
    expect(firstKeptDay("2026-12-01", 1)).toBe("2026-12-01");
  });

  it("passes the day of each write to the store, which drops what is older (see the store tests)", async () => {
    const { store, batches } = memoryStore();
    const time = clock();
    const recorder = createRecorder({ store, retentionDays: 30, log: recordingLog().log, now: time.now });
    recorder.question("first", answered);
    await recorder.flush();
    time.advanceDays(31);
    recorder.question("second", answered);
    await recorder.flush();
    expect(batches.map((batch) => batch.today)).toEqual(["2026-12-01", "2027-01-01"]);
  });
});

describe("fire and forget", () => {
  it("never waits for the store: recording returns before anything is written", () => {
    const { store, control, batches } = memoryStore();
    control.hang = true;
    const recorder = createRecorder({ store, retentionDays: 90, log: recordingLog().log });
    const started = performance.now();
    for (let i = 0; i < 100; i++) recorder.question(`question ${i}`, answered);
    expect(performance.now() - started).toBeLessThan(50);
    expect(batches).toHaveLength(0);
    control.release();
  });

  it("logs a failing store once per outage, and once more when it works again", async () => {
    const { store, control } = memoryStore();
    const { lines, log } = recordingLog();
    let now = Date.parse("2026-12-01T10:00:00Z");
    const recorder = createRecorder({ store, retentionDays: 90, log, now: () => now });
    control.fail = Object.assign(new Error("no space left on device"), { code: "ENOSPC" });
    for (let i = 0; i < 5; i++) {
      recorder.question(`q ${i}`, answered);
      await recorder.flush();
    }
    expect(lines).toHaveLength(1);
    expect(lines[0]!.level).toBe("warn");
    expect(lines[0]!.text).toContain("ENOSPC");
    expect(lines[0]!.text).not.toContain("q 0");
    control.fail = undefined;
    // Working again, but within a minute of the last failure: still the same outage.
    recorder.question("back", answered);
    await recorder.flush();
    expect(lines).toHaveLength(1);
    now += 61_000;
    recorder.question("back for good", answered);
    await recorder.flush();
    expect(lines).toHaveLength(2);
    expect(lines[1]!.text).toMatch(/stored again \(5 entries lost/);
    expect(recorder.stats()).toEqual({ written: 2, dropped: 5, failures: 5 });
  });

  it("reports a burst that overflows the queue again and again as one problem", async () => {
    const { store } = memoryStore();
    const { lines, log } = recordingLog();
    const recorder = createRecorder({ store, retentionDays: 90, log, capacity: 10 });
    for (let burst = 0; burst < 5; burst++) {
      for (let i = 0; i < 30; i++) recorder.question(`q ${i}`, answered);
      await recorder.flush();
    }
    expect(lines).toHaveLength(1);
    expect(lines[0]!.text).toContain("queue is full");
    expect(recorder.stats()).toMatchObject({ written: 50, dropped: 100 });
  });

  it("drops new entries instead of growing when the store hangs, and reports a slow write", async () => {
    const { store, control } = memoryStore();
    const { lines, log } = recordingLog();
    control.hang = true;
    const recorder = createRecorder({
      store,
      retentionDays: 90,
      log,
      capacity: 10,
      batchSize: 5,
      writeTimeoutMs: 20,
    });
    for (let i = 0; i < 30; i++) recorder.question(`q ${i}`, answered);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(lines).toHaveLength(1);
    expect(recorder.stats().dropped).toBeGreaterThanOrEqual(20);
    control.hang = false;
    control.release();
    await recorder.flush();
    expect(recorder.stats().written + recorder.stats().dropped).toBe(30);
  });
});

describe("batching", () => {
  it("writes whole batches while entries keep coming, and the rest when the delay has passed", async () => {
    const { store, batches, control } = memoryStore();
    const recorder = createRecorder({
      store,
      retentionDays: 90,
      log: recordingLog().log,
      batchSize: 5,
      flushDelayMs: 10_000,
    });
    control.hang = true;
    for (let i = 0; i < 5; i++) recorder.question(`q ${i}`, answered);
    await new Promise((resolve) => setTimeout(resolve, 10));
    // A full batch is written at once; seven more arrive while the disk is busy with it.
    expect(batches.map((batch) => batch.entries.length)).toEqual([5]);
    for (let i = 5; i < 12; i++) recorder.question(`q ${i}`, answered);
    control.hang = false;
    control.release();
    await new Promise((resolve) => setTimeout(resolve, 10));
    // The next full batch follows; the two left over wait for more instead of a write of their own.
    expect(batches.map((batch) => batch.entries.length)).toEqual([5, 5]);
    await recorder.flush();
    expect(batches.map((batch) => batch.entries.length)).toEqual([5, 5, 2]);
  });
});

describe("closing", () => {
  it("writes what is queued, and gives up on a store that hangs instead of holding up a shutdown", async () => {
    const { store, entries } = memoryStore();
    const recorder = createRecorder({
      store,
      retentionDays: 90,
      log: recordingLog().log,
      writeTimeoutMs: 50,
    });
    recorder.question("first", answered);
    await recorder.close();
    expect(entries).toHaveLength(1);
    const stuck = memoryStore();
    stuck.control.hang = true;
    const hanging = createRecorder({
      store: stuck.store,
      retentionDays: 90,
      log: recordingLog().log,
      writeTimeoutMs: 50,
    });
    hanging.question("never written", answered);
    const started = performance.now();
    await hanging.close();
    expect(performance.now() - started).toBeLessThan(2_000);
    stuck.control.release();
  });
});
