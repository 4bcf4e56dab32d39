import { tokenize } from '../text/tokenize.ts';
import type { Lang } from '../protocol/language.ts';
import type { Fact } from './generate-types.ts';
import { factLabel, pluralLabel, singularLabel, templateWords } from './draft-template.ts';

/**
 * Traces a sentence to the facts it states, or returns undefined when it says anything else. The
 * fact values (longest first) are taken out of the sentence; what is left must be template words or
 * the names of the fields whose values it states. A number, a name or an adjective that is not in the facts fails the check.
 */
export function traceSentence(sentence: string, facts: Fact[], lang: Lang): string[] | undefined {
  let rest = sentence.toLowerCase();
  const sources: string[] = [];
  for (const fact of [...facts].sort((a, b) => b.value.length - a.value.length)) {
    const value = fact.value.toLowerCase().trim();
    if (value && rest.includes(value)) {
      rest = rest.split(value).join(' ');
      if (!sources.includes(fact.field)) sources.push(fact.field);
    }
  }
  if (!sources.length) return undefined;
  // A field may be named only next to its own value: "Its warranty is In Stock" names the wrong field.
  const allowed = new Set<string>(templateWords[lang]);
  for (const fact of facts.filter((f) => sources.includes(f.field))) {
    for (const word of tokenize(`${fact.label} ${pluralLabel(fact.label)} ${singularLabel(fact.label)} ${fact.field.replace(/^attributes\./, '')}`)) allowed.add(word);
    // The field's name in the sentence's language (a spec row's Chinese name: 保修, 材质).
    if (lang === 'zh') allowed.add(factLabel(fact, 'zh').toLowerCase());
  }
  const zhAllowed = [...allowed].filter((w) => /\p{Script=Han}/u.test(w)).sort((a, b) => b.length - a.length);
  for (const piece of zhAllowed) rest = rest.split(piece).join(' ');
  return tokenize(rest).every((word) => allowed.has(word)) ? sources : undefined;
}
