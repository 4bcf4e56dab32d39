import type { AnswerSource } from '../protocol/answer.ts';
import { detectLang } from '../translate/language.ts';
import type { Lang } from '../protocol/language.ts';
import type { TranslationResponse } from '../protocol/language.ts';
import type { Fact, LocalizedFacts } from './generate-types.ts';
import { glossText } from '../translate/glossary-translate.ts';
import { translationAgrees } from './translation-check.ts';

/** Translates texts into a language: the engine's cached translate (a model, else the glossary gloss). */
export type TranslateTexts = (texts: string[], to: Lang) => Promise<TranslationResponse>;

/** Spec values and the category are described in the draft's language; titles and brands are names and stay as written. */
const translatable = (fact: Fact) => fact.field === 'category' || fact.field.startsWith('attributes.');

/**
 * Puts the facts a draft states into the draft's language: spec values and the category are
 * translated (a model when one is available, else glossed word for word by the glossary), and review
 * highlights too when a model translated (a gloss of a whole sentence is not a translation, so
 * quotes then stay as the reviewer wrote them). A model's translation is used only when it passes
 * `translationAgrees` (numbers kept, the glossary's words for the value present); otherwise the
 * value is glossed and the quote kept as written, and `rejected` lists them. Each fact keeps its field, so a sentence stating a
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
  const rejected: string[] = [];
  let modelKept = false;
  // A model's translation is shown only when it passes the check; else a spec value is glossed (the light
  // path's value) and a review quote stays as the reviewer wrote it.
  const take = (fact: Fact, text: string, source: AnswerSource, fallback: string) => {
    if (source !== 'model') return values.set(fact, text);
    if (translationAgrees(fact.value, text, lang)) {
      modelKept = true;
      return values.set(fact, text);
    }
    rejected.push(fact.value);
    values.set(fact, fallback);
  };
  specs.forEach((fact, i) => take(fact, first!.texts[i], first!.source, glossText(fact.value, lang)));
  if (second?.source === 'model') quotes.forEach((fact, i) => take(fact, second.texts[i], 'model', fact.value));
  const swap = (fact: Fact): Fact => {
    const value = values.get(fact)?.trim();
    return value && value !== fact.value ? { ...fact, value, original: fact.value } : fact;
  };
  const localized = { facts: facts.map(swap), highlights: highlights.map(swap) };
  const glossed = [...localized.facts, ...localized.highlights].some((f) => f.original !== undefined);
  const translated: AnswerSource | undefined = modelKept ? 'model' : first?.source === 'lexical' || glossed ? 'lexical' : undefined;
  return { ...localized, ...(translated ? { translated } : {}), ...(rejected.length ? { rejected } : {}) };
}
