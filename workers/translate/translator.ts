import { detectLang } from './language.ts';
import type { Lang } from '../protocol/language.ts';
import { translationPieces } from './translation-pieces.ts';
import { sha256Hex } from '../math/sha256.ts';
import type { TranslationCache, SentenceTranslator } from './translate-types.ts';
import type { TranslationResponse } from '../protocol/language.ts';

/** Finds (loading on first use) the model for a direction, or undefined when there is none. */
export type TranslatorSource = (from: Lang, to: Lang) => Promise<SentenceTranslator | undefined>;

/** Joins translated pieces; English sentences that sat back to back in Chinese get a space between. */
function joinPieces(parts: string[], to: Lang): string {
  let out = '';
  for (const part of parts) {
    if (to === 'en' && out && part && !/\s$/.test(out) && !/^\s/.test(part)) out += ' ';
    out += part;
  }
  return out;
}

/** How many sentences go through the model in one call. */
export const translationBatchSize = 8;

/**
 * Translates texts sentence by sentence: each text is split into sentences, repeated sentences are
 * translated once, sentences already in the cache are not translated again, the rest go to the model
 * in batches, and the texts are put back together with their original spacing.
 */
export async function translateTexts(
  texts: string[],
  to: Lang,
  models: TranslatorSource,
  cache: TranslationCache,
  modelKey: (from: Lang, to: Lang) => Promise<string | undefined> = async () => undefined,
): Promise<TranslationResponse> {
  // A cached translation belongs to the model that made it: another model (a new pin, another host) translates afresh.
  const keyOf = async (from: Lang, text: string) => sha256Hex(`${(await modelKey(from, to)) ?? ''}\u0000${text}`);
  const split = texts.map((text) => translationPieces(text));
  const done = new Map<string, string>();
  const todo = new Map<Lang, string[]>();
  let cached = 0;
  for (const pieces of split) {
    for (const piece of pieces) {
      if (!piece.translate || done.has(piece.text)) continue;
      const from = detectLang(piece.text);
      if (from === to) {
        done.set(piece.text, piece.text);
        continue;
      }
      const hit = await cache.get(to, await keyOf(from, piece.text));
      if (hit !== undefined) {
        done.set(piece.text, hit);
        cached += 1;
      } else if (!todo.get(from)?.includes(piece.text)) {
        todo.set(from, [...(todo.get(from) ?? []), piece.text]);
      }
    }
  }
  let translated = 0;
  for (const [from, sentences] of todo) {
    const model = await models(from, to);
    if (!model) throw new Error(`no translation model for ${from} -> ${to}`);
    for (let start = 0; start < sentences.length; start += translationBatchSize) {
      const batch = sentences.slice(start, start + translationBatchSize);
      const outputs = await model.translate(batch);
      for (const [i, sentence] of batch.entries()) {
        const output = outputs[i] ?? '';
        done.set(sentence, output);
        await cache.put(to, await keyOf(from, sentence), output, model.model);
        translated += 1;
      }
    }
  }
  const joined = split.map((pieces) => joinPieces(pieces.map((p) => (p.translate ? done.get(p.text)! : p.text)), to));
  // Nothing needed a model (every sentence was already in `to`): say so rather than claim a model translated.
  if (todo.size === 0 && cached === 0) return { texts: joined, to, source: 'lexical', cached, translated, unchanged: true };
  return { texts: joined, to, source: 'model', cached, translated };
}
