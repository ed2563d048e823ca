/**
 * Step four, where the answer is chosen: answer or say "I don't know". A logistic model over
 * the signals of features.ts gives the probability that the best candidate answers the
 * question; the bot answers above the model's threshold. Its coefficients live in
 * decision-model.json, fitted on the blind corpus's tune half by `npm run fit` (see
 * src/eval/fit.ts); a year or number the fact contradicts vetoes it whatever the model says,
 * and a few rules stand above the model (see `accepted`).
 */
import { z } from "zod";
import rawModel from "./decision-model.json" with { type: "json" };
import { FEATURES, type Features } from "./features.js";
import type { Question } from "./question.js";
import { isTopicQuery, type Candidate } from "./rank.js";
import { TUNING } from "./tuning.js";
import { factWords, isAboutEntity } from "./fact-signals.js";
import { asksOrigin, attributeAskedBy, namesOrigin, namesPlace } from "./attributes.js";

const modelSchema = z.object({
  features: z.array(z.enum(FEATURES)),
  /** Per feature: subtracted, then divided by, before weighing (the fit standardizes). */
  mean: z.array(z.number()),
  scale: z.array(z.number().positive()),
  weights: z.array(z.number()),
  bias: z.number(),
  /** Answer when the probability is at least this. */
  threshold: z.number().min(0).max(1),
  /** Inline mode lists facts at least this probable. */
  lookupThreshold: z.number().min(0).max(1),
  fitted: z.object({ on: z.string(), questions: z.number(), command: z.string() }),
});

export type DecisionModel = z.infer<typeof modelSchema>;

export function parseModel(value: unknown, file = "src/search/decision-model.json"): DecisionModel {
  const parsed = modelSchema.safeParse(value);
  if (!parsed.success)
    throw new Error(
      `${file}: ${parsed.error.issues.map((issue) => `${issue.path.join(".") || "model"}: ${issue.message}`).join("; ")}`,
    );
  const model = parsed.data;
  const n = model.features.length;
  for (const field of ["mean", "scale", "weights"] as const)
    if (model[field].length !== n)
      throw new Error(`${file}: ${field} has ${model[field].length} values for ${n} features`);
  return model;
}

export const DECISION_MODEL = parseModel(rawModel);

export function probability(features: Features, model: DecisionModel = DECISION_MODEL): number {
  let z = model.bias;
  model.features.forEach((name, i) => {
    z += (model.weights[i]! * (features[name] - model.mean[i]!)) / model.scale[i]!;
  });
  return 1 / (1 + Math.exp(-z));
}

/** What the decision looks at: the question, its best candidate and that candidate's probability. */
export interface Decidable {
  question: Question;
  best?: Candidate;
  probability: number;
  /** `best` contradicts a year or number the question names. */
  vetoed: boolean;
  /** The closest near miss of the candidates, through `best`'s matches (rank.ts). */
  nearMiss: number;
  /** How closely the question matches `best`'s closest alternate question (rank.ts). */
  asked: number;
}

/**
 * A bare number ("9", "2020") names no topic, nor does one verb alone ("Who founded…?"),
 * unless the verb and the domain's common words are, word for word, one of the fact's
 * phrasings («Примут ли Беларусь в Совет Европы?»).
 */
function namesTopic({ question, best }: Decidable): boolean {
  const matched = question.terms.filter((_, i) => best?.strengths[i]);
  const phrased = question.genericWords > 0 && (best?.phrasing ?? 0) >= 1;
  return (
    !question.terms.every((term) => /^\d[\d.]*$/.test(term.token)) &&
    (matched.length >= 2 || matched.some((term) => !term.looksLikeVerb) || phrased)
  );
}

/**
 * One known word matched, and words the knowledge base has never seen that no typo explains
 * ("Where was Tsikhanouskaya born?", «Какая погода завтра в Минске?»): the name is known, what
 * is asked about it is not.
 */
function asksWhatNoFactSays({ question, best }: Decidable): boolean {
  // A word matched only as the known word it may be a misspelling of is not a known word, unless
  // it is long and, as typed, in at most three facts (mostly in none): a misspelt name
  // ("bialatski", «амнесці»), not «погода» read as another word.
  const known = question.terms.filter(
    (term, i) => best?.strengths[i] && (!term.corrected || (term.frequency <= 3 && term.token.length >= 7)),
  );
  const unexplained = question.terms.filter((term, i) => term.frequency === 0 && !best?.strengths[i]);
  return known.length === 1 && unexplained.length > 0;
}

/**
 * The question asks for an attribute (born, founded, budget…) the best fact does not name, or
 * where something happened of a fact that names no place.
 */
function asksMissingAttribute({ question, best }: Decidable): boolean {
  if (!best) return false;
  const said = factWords(best.fact);
  return (
    (asksOrigin(question.normalized) && !namesOrigin(said)) ||
    (question.intent === "where" && !namesPlace(said)) ||
    question.terms.some((term) => {
      const named = attributeAskedBy(term.token);
      return !!named && !named.some((stem) => said.has(stem));
    })
  );
}

/**
 * The question is closer to a near miss — what the knowledge base does not say about a subject
 * ("When was Viasna founded?") — than to anything the best fact answers: to any of its phrasings,
 * or, when it asks with a question word (who, when, how many, where), to its alternate questions.
 */
const isNearMiss = ({ question, best, nearMiss, asked }: Decidable) =>
  !!best &&
  nearMiss >= TUNING.nearMissMin &&
  nearMiss >= (question.intent === "other" ? best.phrasing : asked) + TUNING.nearMissLead;

/**
 * The question names two or more common words of the domain (the Council of Europe) that the
 * fact never says, in any language: it is about another subject that shares a rarer word with
 * it ("When did Armenia join the Council of Europe?" and the countries of Solidarity Day). One
 * such word is not enough: "Belarus" is every fact's subject, said or not.
 */
function missesCommonWords({ question, best }: Decidable): boolean {
  if (!best || question.genericWords < 2) return false;
  const said = factWords(best.fact);
  return !question.genericForms.some((form) => said.has(form));
}

/**
 * A bare name or term that is, word for word, one of the best fact's phrasings is that topic;
 * so is a name asked about ("Who is Tsikhanouskaya?", «Кто такая Тихановская?») when the fact
 * is about that person or body.
 */
const exactTopic = ({ question, best }: Decidable) =>
  !!best &&
  best.phrasing >= 1 &&
  (isTopicQuery(question) ||
    (question.intent === "who" && question.terms.length <= 2 && isAboutEntity(best.fact)));

/**
 * The decision: the model's probability over its threshold, or an exact topic; never a
 * contradicted number. A question of one content word ("power", "capital") answers only with a
 * fact that word names — its title or a keyword on its own — not one whose text merely uses it.
 */
export function accepted(reading: Decidable, model: DecisionModel = DECISION_MODEL): boolean {
  if (
    reading.vetoed ||
    reading.question.asksOpinion ||
    !namesTopic(reading) ||
    asksWhatNoFactSays(reading) ||
    asksMissingAttribute(reading) ||
    isNearMiss(reading) ||
    missesCommonWords(reading)
  )
    return false;
  if (reading.question.terms.length === 1) return exactTopic(reading);
  return reading.probability >= model.threshold || exactTopic(reading);
}
