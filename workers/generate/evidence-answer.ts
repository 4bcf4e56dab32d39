import { tokenize } from '../text/tokenize.ts';

const stopwords = new Set(['the', 'a', 'an', 'is', 'it', 'does', 'do', 'this', 'that', 'of', 'for', 'to', 'in', 'and', 'or', 'with', 'on', 'be', 'can', 'i', 'my', 'what', 'how', 'are', '吗', '的', '是', '这', '个', '了', '吧', '呢']);

/**
 * The light path of answering: no model, the evidence lines that share the most words with the
 * question, quoted as they are; or a plain "the data does not say" when none does.
 */
export function extractiveAnswer(question: string, evidence: string[], limit = 2): { text: string; used: string[] } {
  const asked = new Set(tokenize(question).filter((w) => !stopwords.has(w)));
  const scored = evidence
    .map((line) => ({ line, score: tokenize(line).filter((w) => asked.has(w)).length }))
    .filter((e) => e.score > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit);
  if (!scored.length) return { text: 'The product data does not say.', used: [] };
  return { text: scored.map((e) => `"${e.line}"`).join(' '), used: scored.map((e) => e.line) };
}
