import type { PolicyEntry } from '../../workers/protocol/store.ts';
import { htmlToText } from '../html-to-text.ts';
import { policyUrl } from '../policy-url.ts';
import { findJsonLdNodes, jsonLdList, jsonLdText, jsonLdTypes, type JsonLdNode } from './json-ld-nodes.ts';

/** The text of a Question's accepted answer (or, failing that, its first suggested answer), as plain text. */
function answerText(question: JsonLdNode): string | undefined {
  for (const key of ['acceptedAnswer', 'suggestedAnswer']) {
    for (const answer of jsonLdList(question[key])) {
      const raw = typeof answer === 'string' ? answer : jsonLdText((answer as JsonLdNode)?.text);
      const text = raw ? htmlToText(raw) : undefined;
      if (text) return text;
    }
  }
  return undefined;
}

/**
 * The questions and answers of every schema.org FAQPage in a JSON-LD value (a single node, a list,
 * an `@graph`, a page whose `mainEntity` is the FAQPage), with `mainEntity` a single Question or a list.
 * Answer HTML becomes plain text; topics are left for the engine to classify.
 */
export function faqEntriesFromJsonLd(value: unknown, pageUrl: string): PolicyEntry[] {
  const entries: PolicyEntry[] = [];
  for (const page of findJsonLdNodes(value, ['FAQPage'])) {
    const link = policyUrl(jsonLdText(page.url), pageUrl) ?? policyUrl(pageUrl, pageUrl);
    jsonLdList(page.mainEntity).forEach((q, i) => {
      const question = q as JsonLdNode;
      if (!question || typeof question !== 'object' || (jsonLdTypes(question).length && !jsonLdTypes(question).includes('Question'))) return;
      const text = answerText(question);
      const name = jsonLdText(question.name);
      if (!text) return;
      const id = jsonLdText(question['@id']) ?? `${link ?? pageUrl}#q${i + 1}`;
      entries.push({
        id: `faq:${id}`,
        topics: [],
        question: name ? htmlToText(name) : undefined,
        text,
        kind: 'faq-page',
        url: policyUrl(jsonLdText(question.url), pageUrl) ?? link,
      });
    });
  }
  return entries;
}
