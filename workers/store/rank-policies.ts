import type { PolicyMatch } from './store-types.ts';

/** Takes the passages an answer quotes from a ranking, best first (`model`: the ranking is the model path's). */
export type PickPassages = (ranked: PolicyMatch[], model: boolean) => PolicyMatch[];

/** The passages picked, and whether the model decided them (the light path alone picks others). */
export interface RankedPick {
  picked: PolicyMatch[];
  byModel: boolean;
}

/** The best passage alone. */
export const best: PickPassages = (ranked) => ranked.slice(0, 1);

/**
 * Orders matches best first and picks the passages an answer quotes (`pick`, the best one unless told).
 * The light path: most question words matched (a match in the FAQ's own question, or of a specific
 * word such as a country, counts double), then the merchant's own order (a FAQ lists its general
 * answer first), then BM25. On the model path the embedding similarity (cosine, at most 1) is added
 * to the word count, so meaning breaks ties, but the model can only improve on the light path's
 * choice: it reorders only the passages that name every word the light path's best names ("PayPal"
 * stays above "pay in installments", which sits near the question in meaning), and not at all when
 * that best is confident, naming a word of the question in the FAQ's own question or a specific word
 * the shopper asked about ("Canada"). `byModel` is true only when the model path picks other passages
 * than the light path would: an answer says `model` only where the model decided it.
 */
export function rank(matches: PolicyMatch[], model: boolean, specific: string[] = [], pick: PickPassages = best): RankedPick {
  const order = new Map(matches.map((m, i) => [m, i]));
  const named = (m: PolicyMatch) => m.terms.size + m.questionTerms.size + specific.filter((t) => m.terms.has(t)).length;
  const light = [...matches].sort((a, b) => named(b) - named(a) || order.get(a)! - order.get(b)! || b.lexical - a.lexical);
  const lightPick = pick(light, false);
  if (!model) return { picked: lightPick, byModel: false };
  const top = light[0];
  let ranked = light;
  if (top && !isConfident(top, specific)) {
    const namesAllOfBest = (m: PolicyMatch) => [...top.terms].every((t) => m.terms.has(t));
    const words = (m: PolicyMatch) => named(m) + Math.max(0, m.semantic ?? 0);
    const peers = light.filter(namesAllOfBest).sort((a, b) => words(b) - words(a) || order.get(a)! - order.get(b)! || b.lexical - a.lexical);
    ranked = [...peers, ...light.filter((m) => !namesAllOfBest(m))];
  }
  const picked = pick(ranked, true);
  const same = picked.length === lightPick.length && picked.every((m, i) => m.entry.id === lightPick[i].entry.id);
  return { picked, byModel: !same };
}

/** The light path's best match is confident: a question word in the FAQ's own question, or a specific word named. */
function isConfident(m: PolicyMatch, specific: string[]): boolean {
  return m.questionTerms.size > 0 || specific.some((t) => m.terms.has(t));
}
