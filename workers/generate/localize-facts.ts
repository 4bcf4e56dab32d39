import { detectLang } from '../translate/language.ts';
import type { Lang } from '../protocol/language.ts';
import type { TranslationResponse } from '../protocol/language.ts';
import type { Fact, LocalizedFacts } from './generate-types.ts';

/** Translates texts into a language: the engine's cached translate (a model, else the glossary gloss). */
export type TranslateTexts = (texts: string[], to: Lang) => Promise<TranslationResponse>;

/** Spec values and the category are described in the draft's language; titles and brands are names and stay as written. */
const translatable = (fact: Fact) => fact.field === 'category' || fact.field.startsWith('attributes.');

/**
 * Puts the facts a draft states into the draft's language: spec values and the category are
 * translated (a model when one is available, else glossed word for word by the glossary), and review
 * highlights too when a model translated (a gloss of a whole sentence is not a translation, so
 * quotes then stay as the reviewer wrote them). Each fact keeps its field, so a sentence stating a
 * translated value still traces to the attribute; the value as written is kept in `original`.
 */
export async function localizeFacts(facts: Fact[], highlights: Fact[], lang: Lang, translate: TranslateTexts): Promise<LocalizedFacts> {
  const foreign = (fact: Fact) => detectLang(fact.value) !== lang;
  const specs = facts.filter((f) => translatable(f) && foreign(f));
  if (!specs.length && !highlights.some(foreign)) return { facts, highlights };
  const first = specs.length ? await translate(specs.map((f) => f.value), lang) : undefined;
  const quotes = first?.source === 'lexical' ? [] : highlights.filter(foreign);
  const second = quotes.length ? await translate(quotes.map((f) => f.value), lang) : undefined;
  const values = new Map<Fact, string>();
  specs.forEach((fact, i) => values.set(fact, first!.texts[i]));
  if (second?.source === 'model') quotes.forEach((fact, i) => values.set(fact, second.texts[i]));
  const swap = (fact: Fact): Fact => {
    const value = values.get(fact)?.trim();
    return value && value !== fact.value ? { ...fact, value, original: fact.value } : fact;
  };
  return { facts: facts.map(swap), highlights: highlights.map(swap), translated: first?.source ?? (second?.source === 'model' ? 'model' : undefined) };
}
