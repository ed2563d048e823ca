/**
 * The two settings of the learning loop, as zod schemas that src/config.ts puts into its one
 * environment schema (so that their problems are listed with all the others):
 *
 * - `FEEDBACK`: `on` (default) or `off`. Off: nothing is recorded and no 👍/👎 buttons are shown;
 * - `FEEDBACK_RETENTION_DAYS`: how many days entries are kept, 1 to 3650; 90 by default.
 */
import { z } from "zod";

export const DEFAULT_RETENTION_DAYS = 90;
export const MAX_RETENTION_DAYS = 3650;

export interface FeedbackSettings {
  enabled: boolean;
  retentionDays: number;
}

const blankIsUnset = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;

export const feedbackEnv = {
  FEEDBACK: z.preprocess(
    (value) => (typeof value === "string" ? blankIsUnset(value.trim().toLowerCase()) : value),
    z.enum(["on", "off"], { error: "must be on or off" }).default("on"),
  ),
  FEEDBACK_RETENTION_DAYS: z.preprocess(
    blankIsUnset,
    z
      .string()
      .trim()
      .regex(/^\d{1,4}$/, { error: `must be a whole number of days from 1 to ${MAX_RETENTION_DAYS}` })
      .transform(Number)
      .refine((days) => days >= 1 && days <= MAX_RETENTION_DAYS, {
        error: `must be a whole number of days from 1 to ${MAX_RETENTION_DAYS}`,
      })
      .default(DEFAULT_RETENTION_DAYS),
  ),
};

const schema = z.object(feedbackEnv);

/** The settings from parsed variables (as config.ts has them). */
export function feedbackSettingsOf(vars: {
  FEEDBACK: "on" | "off";
  FEEDBACK_RETENTION_DAYS: number;
}): FeedbackSettings {
  return { enabled: vars.FEEDBACK === "on", retentionDays: vars.FEEDBACK_RETENTION_DAYS };
}

/** For the report CLI and tests: the settings straight from an environment, or the problems. */
export function readFeedbackSettings(env: NodeJS.ProcessEnv): FeedbackSettings | { problems: string[] } {
  const parsed = schema.safeParse(env);
  if (!parsed.success)
    return { problems: parsed.error.issues.map((issue) => `${String(issue.path[0])} ${issue.message}`) };
  return feedbackSettingsOf(parsed.data);
}
