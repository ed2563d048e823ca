/** The question sets under eval/, as `npm run eval` and the regression floors read them. */
export const QUESTION_SETS = {
  /** ../shared/eval/dev.jsonl, copied: the small visible development set. */
  dev: "eval/dev.jsonl",
  /** The project's own earlier set: written apart from the code, but seen while tuning. */
  project: "eval/questions.jsonl",
  /** The blind corpus (eval/blind-corpus.jsonl), split by eval/split.mjs: tuned on… */
  tune: "eval/blind-tune.jsonl",
  /** …and never read item by item: only its totals are printed. */
  "held-out": "eval/blind-heldout.jsonl",
  /** A second blind corpus (eval/blind2-corpus.jsonl), by other writers, split the same way. */
  tune2: "eval/blind2-tune.jsonl",
  "held-out2": "eval/blind2-heldout.jsonl",
  /** A third one (eval/blind3-corpus.jsonl, 2 December), by three more writers, one per language. */
  tune3: "eval/blind3-tune.jsonl",
  "held-out3": "eval/blind3-heldout.jsonl",
  /** A fourth (eval/blind4-corpus.jsonl, 2 December, later), by three more writers. */
  tune4: "eval/blind4-tune.jsonl",
  "held-out4": "eval/blind4-heldout.jsonl",
  /** A fifth (eval/blind5-corpus.jsonl), written at the end of that day. */
  tune5: "eval/blind5-tune.jsonl",
  "held-out5": "eval/blind5-heldout.jsonl",
  /** A sixth (eval/blind6-corpus.jsonl), written in the next session by three more writers, one per language. */
  tune6: "eval/blind6-tune.jsonl",
  "held-out6": "eval/blind6-heldout.jsonl",
  /** A seventh (eval/blind7-corpus.jsonl), written in a later session by three more writers, one per language. */
  tune7: "eval/blind7-tune.jsonl",
  "held-out7": "eval/blind7-heldout.jsonl",
  /** An eighth (eval/blind8-corpus.jsonl), written at the start of a later session by three more writers, one per language. */
  tune8: "eval/blind8-tune.jsonl",
  "held-out8": "eval/blind8-heldout.jsonl",
  /** A ninth (eval/blind9-corpus.jsonl), written in a later session by three more writers, one per language. */
  tune9: "eval/blind9-tune.jsonl",
  "held-out9": "eval/blind9-heldout.jsonl",
  /** A tenth (eval/blind10-corpus.jsonl), written in the session after by three more writers, one per language. */
  tune10: "eval/blind10-tune.jsonl",
  "held-out10": "eval/blind10-heldout.jsonl",
  /** An eleventh (eval/blind11-corpus.jsonl), written at the start of a later session by three more writers, one per language. */
  tune11: "eval/blind11-tune.jsonl",
  "held-out11": "eval/blind11-heldout.jsonl",
} as const;
