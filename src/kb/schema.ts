/**
 * The shape of the language-neutral files under data/. Everything a user reads lives in
 * locales/; these files only say what a fact is, when it happened and where it comes from.
 */
import { z } from "zod";
import { LANGS } from "../langs.js";

/** Ids travel in callback data ("f:<id>", 64 bytes) and deep links (64 chars of [A-Za-z0-9_-]). */
export const MAX_ID_LENGTH = 32;

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const idSchema = z
  .string()
  .max(MAX_ID_LENGTH, `is longer than ${MAX_ID_LENGTH} characters, too long for callback data`)
  .regex(ID_PATTERN, "must be lowercase ASCII words joined by single hyphens (a-z, 0-9, -)");

/** "YYYY", "YYYY-MM" or "YYYY-MM-DD": the precision is the precision we know. */
export const partialDateSchema = z
  .string()
  .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, "must be YYYY, YYYY-MM or YYYY-MM-DD")
  .refine(isRealDate, "is not a real calendar date");

function isRealDate(value: string): boolean {
  const [year, month = 1, day = 1] = value.split("-").map(Number);
  const date = new Date(Date.UTC(year!, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const httpsUrl = z.url({ protocol: /^https$/, error: "must be an https:// URL" });

export const sourceSchema = z.strictObject({
  id: idSchema,
  url: httpsUrl,
  /** The same document in another language, where the publisher offers one. */
  localized: z.partialRecord(z.enum(LANGS), httpsUrl).optional(),
  publisher: z.string().min(1),
  date: partialDateSchema.optional(),
  /** The language the document is written in. */
  lang: z.enum(LANGS),
});
export type SourceRecord = z.infer<typeof sourceSchema>;

export const FACT_KINDS = [
  "event",
  "decision",
  "convention",
  "resolution",
  "body",
  "person",
  "organisation",
  "statement",
  "campaign",
  "award",
  "document",
  "programme",
  "status",
] as const;
export type FactKind = (typeof FACT_KINDS)[number];

export const CONVENTION_STATUSES = ["in-force", "suspended", "denounced"] as const;
export type ConventionStatus = (typeof CONVENTION_STATUSES)[number];

export const factSchema = z
  .strictObject({
    id: idSchema,
    kind: z.enum(FACT_KINDS),
    date: partialDateSchema.optional(),
    end: partialDateSchema.optional(),
    sources: z.array(idSchema).min(1, "needs at least one source"),
    related: z.array(idSchema).default([]),
    /** Shown when inline mode is opened with an empty query. */
    highlight: z.boolean().default(false),
    /** Treaty number (European Treaty Series), for conventions. */
    ets: z
      .string()
      .regex(/^[1-9]\d*$/, "must be a treaty number without leading zeros")
      .optional(),
    status: z.enum(CONVENTION_STATUSES).optional(),
  })
  .superRefine((fact, ctx) => {
    if (fact.end && !fact.date) ctx.addIssue({ code: "custom", path: ["end"], message: "needs a date" });
    if (fact.end && fact.date && fact.end < fact.date)
      ctx.addIssue({ code: "custom", path: ["end"], message: "is before the date" });
    const isConvention = fact.kind === "convention";
    if (isConvention && !fact.status)
      ctx.addIssue({ code: "custom", path: ["status"], message: "is required for a convention" });
    if (!isConvention && (fact.ets || fact.status))
      ctx.addIssue({ code: "custom", path: ["ets"], message: "ets and status are only for conventions" });
  });
export type FactRecord = z.infer<typeof factSchema>;
