/**
 * Memory: the resident set (and heap) of this bot after 10 000 distinct people have each asked a
 * question and chosen a language, with sessions on disk and with sessions in Redis. Each
 * scenario runs in a process of its own (memory-worker.ts), so that nothing else measured in
 * this run is counted; before and after are taken at rest (see `measure` there), and per person
 * = (after − before) / 10 000. The peak is the highest resident set of the run. What the sessions
 * take in their storage (disk blocks, Redis memory) is given too: it grows with the people, the
 * process should not.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runScript } from "./child.js";
import type { MemoryResult } from "./memory-worker.js";
import { NO_REDIS } from "./redis.js";
import type { Row } from "./report.js";

const USERS = 10_000;
const MiB = 1024 * 1024;
/** How far the resident set of two identical runs differs at rest (see memory-worker.ts). */
const RSS_NOISE_MIB = 16;

async function scenario(where: string, args: string[], report: (row: Row) => void): Promise<void> {
  const name = `${USERS} people, sessions ${where}`;
  const result = (await runScript("./memory-worker.ts", [...args, String(USERS)], {
    nodeFlags: ["--expose-gc"],
    timeoutMs: 90_000,
  })) as MemoryResult;
  const perUser = (bytes: number) => bytes / USERS / 1024;
  const rssChange = result.rssAfter - result.rssBefore;
  const notes = [
    result.sessionsStored === USERS ? "" : `only ${result.sessionsStored} of ${USERS} sessions stored`,
    Math.abs(rssChange) <= RSS_NOISE_MIB * MiB ? `RSS change within its noise (±${RSS_NOISE_MIB} MiB)` : "",
  ];
  report({
    name,
    figures: {
      "RSS MiB before": result.rssBefore / MiB,
      after: result.rssAfter / MiB,
      "KiB/person": perUser(rssChange),
      "peak MiB": result.rssPeak / MiB,
      "heap MiB after": result.heapAfter / MiB,
      "heap KiB/person": perUser(result.heapAfter - result.heapBefore),
      "store KiB/person": perUser(result.storeBytes),
      "updates/s": result.updatesPerSecond,
    },
    note: notes.filter(Boolean).join(" | ") || undefined,
  });
}

export async function benchMemory(redisUrl: string | undefined, report: (row: Row) => void): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "bench-memory-"));
  try {
    await scenario("on disk", ["disk", dir], report);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (redisUrl === undefined)
    return report({ name: `${USERS} people, sessions in Redis`, figures: {}, note: NO_REDIS });
  await scenario("in Redis", ["redis", redisUrl], report);
}
