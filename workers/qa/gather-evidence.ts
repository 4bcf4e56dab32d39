import type { Product } from '../protocol/product.ts';
import type { Evidence } from '../protocol/answer.ts';
import { looksLikeInstruction } from './looks-like-instruction.ts';
import { splitSentences } from '../text/sentences.ts';
import { attributeLabel } from '../../common/attribute-label.ts';
import { schemaOrgWords } from '../../common/schema-org-words.ts';
import { isAvailabilityAttribute } from '../catalog/attribute-kinds.ts';

function specRows(product: Product): Evidence[] {
  const rows: Evidence[] = [];
  const add = (attribute: string, value: string | string[] | number | undefined) => {
    if (value === undefined || value === '') return;
    const shown = (Array.isArray(value) ? value : [String(value)]).map((v) => schemaOrgWords(v)).join(', ');
    if (shown.trim()) rows.push({ kind: 'spec', attribute, text: `${attributeLabel(attribute)}: ${shown}` });
  };
  add('brand', product.brand);
  add('category', product.category);
  if (product.price !== undefined) add('price', `${product.price}${product.currency ? ` ${product.currency}` : ''}`);
  for (const [name, value] of Object.entries(product.attributes)) {
    if (isAvailabilityAttribute(name)) continue;
    add(name, value);
  }
  add('availability', product.availability);
  return rows;
}

/** What gathering found: the candidates, and how many instruction-like texts were left out. */
export interface GatheredEvidence {
  candidates: Evidence[];
  /** Sentences from the page or reviews that read as instructions to an assistant, left out. */
  ignoredInstructions: number;
}

/**
 * Every candidate piece of evidence in one product's own data, verbatim: spec rows
 * ("Weight: 4"), description sentences and bullet lines, the page's Q&A, and review sentences.
 * Text that reads as an instruction to an assistant is left out and counted.
 */
export function gatherEvidence(product: Product): GatheredEvidence {
  let ignoredInstructions = 0;
  const keep = (e: Evidence): Evidence[] => {
    if (!looksLikeInstruction(e.text)) return [e];
    ignoredInstructions++;
    return [];
  };
  const description = splitSentences(product.description ?? '').flatMap((line) => keep({ kind: 'description', text: line.text }));
  const questions = (product.questions ?? []).flatMap((qa) => keep({ kind: 'qa', text: `Q: ${qa.question} A: ${qa.answer}` }));
  const reviews = product.reviews.flatMap((review, index) =>
    splitSentences(review.text).flatMap((line) => keep({ kind: 'review', text: line.text, review: index, rating: review.rating })),
  );
  return { candidates: [...specRows(product), ...description, ...questions, ...reviews], ignoredInstructions };
}
