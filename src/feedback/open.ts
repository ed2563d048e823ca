/**
 * The store that fits the deployment: with a Redis client (REDIS_URL), the sorted set every
 * instance shares; without one, files under SESSION_DIR. With FEEDBACK=off, none.
 */
import type { Redis } from "ioredis";
import { createFileStore } from "./file-store.js";
import { createRecorder, type FeedbackLog, type FeedbackRecorder } from "./recorder.js";
import { createRedisStore } from "./redis-store.js";
import type { FeedbackSettings } from "./settings.js";
import type { FeedbackStore } from "./store.js";

export interface StoreChoice {
  sessionDir: string;
  /** The client the sessions use, when REDIS_URL is set. */
  redis?: Redis;
  retentionDays: number;
}

export function openFeedbackStore(choice: StoreChoice): FeedbackStore {
  return choice.redis
    ? createRedisStore({ client: choice.redis, retentionDays: choice.retentionDays })
    : createFileStore({ dir: choice.sessionDir, retentionDays: choice.retentionDays });
}

/** The recorder the bot uses: off (no store) with FEEDBACK=off. */
export function openRecorder(
  settings: FeedbackSettings,
  where: Omit<StoreChoice, "retentionDays">,
  log: FeedbackLog,
): FeedbackRecorder {
  const store = settings.enabled
    ? openFeedbackStore({ ...where, retentionDays: settings.retentionDays })
    : undefined;
  return createRecorder({ store, retentionDays: settings.retentionDays, log });
}
