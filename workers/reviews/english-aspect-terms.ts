import nlp from 'compromise/two';
import { englishSentiment } from './english-sentiment.ts';
import type { TermSpan } from './reviews-types.ts';

/**
 * Nouns that name the product itself, the reviewer, or time, not an aspect of it: never aspect terms.
 * General English vocabulary, not any data set's words.
 */
const GENERIC_NOUNS = new Set(
  ('thing things item items product products one ones time times day days week weeks month months year years lot lots way ways bit ' +
    'people person everyone anyone someone everything anything something nothing reason fact kind sort type stuff part parts ' +
    'laptop laptops computer computers notebook notebooks machine machines device devices unit units purchase buy order ' +
    'restaurant restaurants place places hotel store shop company brand model models review reviews star stars ' +
    'old girl girls boy boys baby babies man men woman women guy guys lady ladies husband wife son daughter kid kids child children friend friends family mom dad girlfriend boyfriend self ' +
    'problem problems issue issues complaint complaints experience opinion fan hour hours minute minutes night date idea home ' +
    'all less best worst there here others worth back needs fine favorite more most top lack while ' +
    'i me my mine you your we us our they them their he him his she her it its this that these those ' +
    // The parties of a conversation with an assistant, never an aspect of a product.
    'assistant assistants shopper shoppers chatbot bot instruction instructions').split(' '),
);

/** Adjectives that qualify the reviewer's view, not the aspect ("new", "whole", "other"). */
const GENERIC_ADJECTIVES = new Set(
  'new old other first last whole entire same only main overall own few many much several next previous real actual certain own best better worst worse more most less least such'.split(' '),
);

type Term = { text: string; normal: string; pre: string; post: string; tags: Set<string> };

const isNoun = (t: Term) =>
  t.tags.has('Noun') && !t.tags.has('Pronoun') && !t.tags.has('Possessive') && !t.tags.has('Date') && !t.tags.has('Value') && /\p{L}/u.test(t.text);
const breaksAfter = (t: Term) => /[,.;:!?()"]/.test(t.post);
const isModifier = (t: Term) =>
  t.tags.has('Adjective') && !t.tags.has('Comparative') && !t.tags.has('Superlative') && !GENERIC_ADJECTIVES.has(t.normal) && englishSentiment(t.text) === 0;

/**
 * Aspect terms of one English sentence, found without training: noun runs from a small rule-based
 * tagger (compromise), with the non-opinion adjectives before them ("internal speakers", not "lousy
 * speakers") and a number after a name ("Windows 8"); generic nouns ("laptop", "thing") dropped.
 */
export function englishAspectTerms(sentence: string): TermSpan[] {
  const terms = nlp(sentence).docs.flat() as Term[];
  const spans: TermSpan[] = [];
  let cursor = 0;
  const located = terms.map((t) => {
    const start = t.text ? sentence.indexOf(t.text, cursor) : -1;
    if (start >= 0) cursor = start + t.text.length;
    return { t, start, end: start + t.text.length };
  });
  for (let i = 0; i < located.length; i++) {
    if (!isNoun(located[i].t) && !(isModifier(located[i].t) && located[i + 1] && isNoun(located[i + 1].t) && !breaksAfter(located[i].t))) continue;
    let j = i;
    while (j + 1 < located.length && !breaksAfter(located[j].t) && (isNoun(located[j + 1].t) || (isModifier(located[j].t) && isModifier(located[j + 1].t)))) j++;
    const next = located[j + 1];
    if (next && !breaksAfter(located[j].t) && next.t.tags.has('Value') && located[j].t.tags.has('ProperNoun')) j++;
    let first = i;
    while (first < j && (isModifier(located[first].t) || GENERIC_NOUNS.has(located[first].t.normal))) first++;
    const head = located[j];
    const onlyName = located.slice(first, j + 1).every((x) => x.t.tags.has('ProperNoun'));
    if (first <= j && !onlyName && !GENERIC_NOUNS.has(head.t.normal) && located[first].start >= 0 && head.start >= 0 && isNoun(located[first].t)) {
      spans.push({ term: sentence.slice(located[first].start, head.end), start: located[first].start, end: head.end });
    }
    i = j;
  }
  return spans;
}
