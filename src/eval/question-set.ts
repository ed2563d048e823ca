/**
 * Question sets in the format of ../shared/eval (one JSON object a line): read and validated,
 * with the file and line of anything malformed.
 */
import { readFileSync } from "node:fs";
import { z } from "zod";
import { LANGS } from "../langs.js";

export const KINDS = [
  "typed",
  "paraphrase",
  "chatty",
  "short",
  "typo",
  "translit",
  "rukbd",
  "lacinka",
  "mixed",
  "oos",
] as const;

const itemSchema = z
  .object({
    topic: z.string(),
    lang: z.enum(LANGS),
    q: z.string().min(1),
    kind: z.string(),
    expect_any: z.array(z.string().min(1)).min(1).optional(),
    expect: z.literal("refuse").optional(),
  })
  .refine((item) => (item.expect_any === undefined) !== (item.expect === undefined), {
    message: 'needs either "expect_any" (a list of strings) or "expect": "refuse"',
    path: ["expect_any"],
  });

export type QuestionItem = z.infer<typeof itemSchema>;

export const inScope = (item: QuestionItem): item is QuestionItem & { expect_any: string[] } =>
  item.expect_any !== undefined;

export class QuestionSetError extends Error {}

export function readQuestionSet(path: string): QuestionItem[] {
  const lines = readFileSync(path, "utf8").split("\n");
  const problems: string[] = [];
  const items: QuestionItem[] = [];
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      return void problems.push(`${path}:${i + 1}: not JSON`);
    }
    const parsed = itemSchema.safeParse(value);
    if (parsed.success) items.push(parsed.data);
    else
      problems.push(
        `${path}:${i + 1}: ${parsed.error.issues.map((issue) => `${issue.path.join(".") || "item"} ${issue.message}`).join("; ")}`,
      );
  });
  if (problems.length) throw new QuestionSetError(problems.join("\n"));
  return items;
}
