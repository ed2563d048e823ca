import { MemorySessionStorage } from "grammy";
import { describe, expect, it } from "vitest";
import type { SessionData } from "../../src/bot/context.js";
import { writeOnlyChanges } from "../../src/bot/sessions.js";

/** A store shared by two bot instances, counting what reaches it. */
function sharedStore() {
  const inner = new MemorySessionStorage<SessionData>();
  const counts = { reads: 0, writes: 0 };
  return {
    counts,
    storage: {
      read: (key: string) => (counts.reads++, inner.read(key)),
      write: (key: string, value: SessionData) => (counts.writes++, inner.write(key, value)),
      delete: (key: string) => inner.delete(key),
    },
  };
}

describe("sessions written only when they change", () => {
  it("does not overwrite a choice another instance saved while this update changed nothing", async () => {
    const { storage } = sharedStore();
    const a = writeOnlyChanges(storage);
    const b = writeOnlyChanges(storage);
    const readByA = (await a.read("7")) ?? {}; // instance A starts an update: no choice yet
    await b.read("7");
    await b.write("7", { language: "be" }); // meanwhile the person chooses Belarusian through B
    await a.write("7", readByA); // A finishes its update, having changed nothing
    expect(storage.read("7")).toEqual({ language: "be" });
  });

  it("reads once and writes nothing for an update that changed nothing", async () => {
    const { storage, counts } = sharedStore();
    const sessions = writeOnlyChanges(storage);
    await sessions.write("8", (await sessions.read("8")) ?? {});
    expect(counts).toEqual({ reads: 1, writes: 0 });
    await sessions.read("8");
    await sessions.write("8", { language: "ru" });
    expect(counts).toEqual({ reads: 2, writes: 1 });
  });
});
