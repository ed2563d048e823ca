/**
 * Feedback in append-only files under SESSION_DIR, for a bot without Redis:
 *
 *   <SESSION_DIR>/feedback/feedback.jsonl      one JSON entry a line, newest last
 *   <SESSION_DIR>/feedback/feedback.1.jsonl    the previous one, when that passed `maxFileBytes`
 *   …                                          at most `files` files in all; the oldest is deleted
 *
 * So the folder never holds more than `files × maxFileBytes` (16 MiB by default). The files are
 * readable by the bot's user alone (0600, folder 0700). On the first write of each day, entries
 * older than the retention are removed from every file (a file left empty is deleted), so the
 * retention holds even when the bot writes rarely. A line cut short by a crash is skipped when
 * reading, and the next write starts on a new line.
 */
import { mkdir, open, readFile, rename, rm, type FileHandle } from "node:fs/promises";
import { join } from "node:path";
import writeFileAtomic from "write-file-atomic";
import { DAY, encodeEntryLines, firstKeptDay, parseEntry, type FeedbackEntry } from "./record.js";
import { lastVotes, shuffled, type FeedbackStore } from "./store.js";

export interface FileStoreOptions {
  /** SESSION_DIR: the entries go to its `feedback` folder. */
  dir: string;
  retentionDays: number;
  /** A file is rotated once it passes this size; 4 MiB (about 15 000 questions) by default. */
  maxFileBytes?: number;
  /** The current file and the rotated ones kept; 4 by default. */
  files?: number;
}

export const FEEDBACK_FOLDER = "feedback";
const BASE = "feedback";
const FILE_MODE = 0o600;
const FOLDER_MODE = 0o700;

export function createFileStore(options: FileStoreOptions): FeedbackStore & { readonly folder: string } {
  const folder = join(options.dir, FEEDBACK_FOLDER);
  const maxFileBytes = options.maxFileBytes ?? 4 * 1024 * 1024;
  const files = Math.max(1, options.files ?? 4);
  // feedback.jsonl, feedback.1.jsonl, … : newest first.
  const paths = Array.from({ length: files }, (_, i) =>
    join(folder, i === 0 ? `${BASE}.jsonl` : `${BASE}.${i}.jsonl`),
  );
  const current = paths[0]!;
  let cleanedOn: string | undefined;

  /** Drops expired entries from every file, and ends a line cut short by a crash. */
  async function purge(today: string): Promise<void> {
    const firstDay = firstKeptDay(today, options.retentionDays);
    for (const path of paths) {
      const text = await readIfExists(path);
      if (text === undefined) continue;
      const lines = text.split("\n").filter((line) => line.length > 0);
      const kept = lines.filter((line) => {
        const day = dayOfLine(line);
        return day === undefined || day >= firstDay;
      });
      // Unreadable lines are kept: they may be a newer version's, and they expire with their file.
      if (kept.length === 0) await rm(path, { force: true });
      else if (kept.length !== lines.length || !text.endsWith("\n"))
        await writeFileAtomic(path, kept.join("\n") + "\n", { mode: FILE_MODE });
    }
  }

  async function rotate(): Promise<void> {
    await rm(paths[files - 1]!, { force: true });
    for (let i = files - 1; i > 0; i--) await rename(paths[i - 1]!, paths[i]!).catch(ignoreMissing);
  }

  // The current file stays open between writes: one write call per batch, its size kept here.
  let handle: FileHandle | undefined;
  let size = 0;
  let folderMade = false;
  const closeHandle = async () => {
    const open = handle;
    handle = undefined;
    await open?.close().catch(() => undefined);
  };

  return {
    folder,
    description: `files in ${folder} (at most ${files} × ${Math.round(maxFileBytes / 1024)} KiB)`,
    async append(entries, today) {
      if (!folderMade) {
        await mkdir(folder, { recursive: true, mode: FOLDER_MODE });
        folderMade = true;
      }
      if (cleanedOn !== today) {
        await closeHandle();
        await purge(today);
        cleanedOn = today;
      }
      const firstDay = firstKeptDay(today, options.retentionDays);
      const kept = lastVotes(entries).filter((entry) => entry.day >= firstDay);
      if (kept.length === 0) return;
      const bytes = encodeEntryLines(shuffled(kept));
      try {
        if (!handle) {
          handle = await open(current, "a", FILE_MODE);
          size = (await handle.stat()).size;
        }
        await handle.write(bytes);
      } catch (error) {
        // A full disk, a folder removed: start afresh at the next write.
        await closeHandle();
        folderMade = false;
        throw error;
      }
      size += bytes.length;
      if (size >= maxFileBytes) {
        await closeHandle();
        await rotate();
      }
    },
    async readAll() {
      const entries: FeedbackEntry[] = [];
      // Oldest file first, so that a later vote on a record comes after an earlier one.
      for (const path of [...paths].reverse()) {
        const text = await readIfExists(path);
        if (text === undefined) continue;
        for (const line of text.split("\n")) {
          const entry = line ? parseLine(line) : undefined;
          if (entry) entries.push(entry);
        }
      }
      return entries;
    },
    close: closeHandle,
  };
}

/** The day of a stored line without parsing all of it: this runs over every line once a day. */
function dayOfLine(line: string): string | undefined {
  const at = line.indexOf(DAY_FIELD);
  const day = at < 0 ? undefined : line.slice(at + DAY_FIELD.length, at + DAY_FIELD.length + 10);
  return day !== undefined && DAY.test(day) ? day : undefined;
}
const DAY_FIELD = '"day":"';

function parseLine(line: string): FeedbackEntry | undefined {
  try {
    return parseEntry(JSON.parse(line));
  } catch {
    return undefined;
  }
}

async function readIfExists(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    ignoreMissing(error);
    return undefined;
  }
}

function ignoreMissing(error: unknown): void {
  if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
}
