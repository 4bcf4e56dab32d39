import type { ProductQuestion } from '../protocol/product.ts';

/**
 * Reads a feed record's Q&A list (`[{question, answer}]`, `answer` may also be `answers: [..]`)
 * into ProductQuestions, skipping entries without both a question and an answer.
 */
export function readPageQuestions(value: unknown): ProductQuestion[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const out: ProductQuestion[] = [];
  for (const item of value as Record<string, unknown>[]) {
    const question = typeof item?.question === 'string' ? item.question.trim() : '';
    const raw = item?.answer ?? (Array.isArray(item?.answers) ? item.answers[0] : undefined);
    const answer = typeof raw === 'string' ? raw.trim() : '';
    if (question && answer) out.push({ question, answer });
  }
  return out.length ? out : undefined;
}
