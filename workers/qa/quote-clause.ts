import { hasHan } from '../text/tokenize.ts';
import type { Concept } from './qa-types.ts';
import { textTerms } from './text-terms.ts';

/** Sentences up to this long are quoted whole (words; Chinese: characters / 2.5). */
const maxWords = 16;

/** Clause breaks: after , ; : (and their Chinese forms), or before "and", "with", "featuring", "but", "while". */
const clauseBreak = /(?<=[,;:，；：])\s*|\s+(?=(?:and|with|featuring|but|while)\s)/i;

/**
 * The part of a long evidence sentence an answer quotes: the clause that holds the asked words,
 * verbatim, with "…" where the sentence goes on. The whole sentence stays in the cited evidence.
 * "The MacBook Pro 14 Inch in Space Grey is a powerful and sleek laptop, featuring Apple's M1 Pro chip
 * for exceptional performance and a stunning Retina display." -> "…and a stunning Retina display."
 */
export function quoteClause(text: string, concepts: readonly Concept[]): string {
  const length = hasHan(text) ? [...text].length / 2.5 : text.split(/\s+/).length;
  if (length <= maxWords || !concepts.length) return text;
  const clauses = text.split(clauseBreak).filter((c) => c.trim());
  if (clauses.length < 2) return text;
  const keys = new Set(concepts.flatMap((c) => c.keys.map((k) => k.key)));
  const at = clauses.findIndex((clause) => textTerms(clause).some((key) => keys.has(key)));
  if (at < 0) return text;
  const clause = clauses[at].trim().replace(/[,;:，；：]$/, '');
  return `${at > 0 ? '…' : ''}${clause}${at < clauses.length - 1 ? '…' : ''}`;
}
