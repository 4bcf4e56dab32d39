import type { Product } from '../protocol/product.ts';
import { categoryWords } from '../catalog/product-text.ts';
import { analyzeQuestion } from './analyze-question.ts';
import { answerFromEvidence } from './answer-from-evidence.ts';
import { answerFitQuestion } from './fit-answer.ts';
import { templatePhraser } from './answer-phraser.ts';
import type { AnswerPhraser, PassageScorer, TokenCallback } from './qa-types.ts';
import { gatherEvidence } from './gather-evidence.ts';
import type { ProductAnswer } from '../protocol/answer.ts';
import { modelSpeaksText } from '../runtime/model-languages.ts';
import { rankEvidence } from './rank-evidence.ts';
import type { TextEmbedder } from '../runtime/runtime-types.ts';
import { answerVariantQuestion } from './variant-answer.ts';

/** How to answer: with a model (embedder) or not, which phraser, where tokens go. */
export interface AskOptions {
  /** When given, evidence is ranked on the model path. */
  embedder?: Pick<TextEmbedder, 'embed'>;
  /** When given, the top few candidates are re-read by this cross-encoder. */
  reranker?: PassageScorer;
  /** Who words the answer; the template phraser by default. */
  phraser?: AnswerPhraser;
  /** Receives each token and who worded it (`template` or `generated`). */
  onToken?: (token: string, phrasing: ProductAnswer['phrasing']) => ReturnType<TokenCallback>;
  /** Cancels the token stream (in-thread callers; through a worker, return false from onToken). */
  signal?: AbortSignal;
}

/**
 * Answers a shopper's question about one product from that product's own data: gathers the
 * evidence, ranks it, drafts a grounded answer, then has the phraser word and stream it.
 */
export async function askAboutProduct(product: Product, question: string, options: AskOptions = {}): Promise<ProductAnswer> {
  const analyzed = analyzeQuestion(question.trim(), `${product.title} ${categoryWords(product.category)}`);
  const { candidates, ignoredInstructions } = gatherEvidence(product);
  // A reranker that does not read the question's language (the published ms-marco model reads English) is left out.
  const reranker = options.reranker && modelSpeaksText({ languages: options.reranker.languages }, question) ? options.reranker : undefined;
  const ranked = await rankEvidence(analyzed, candidates, { embedder: options.embedder, reranker });
  // Questions about the variants ("does it come in blue?") are answered from the shop's variant list.
  // "Does it fit true to size?" from what reviewers say about the fit.
  const draft = answerVariantQuestion(product, question)
    ?? answerFitQuestion(product.id, analyzed, candidates, { evidenceOrder: ranked.source, ignoredInstructions })
    ?? answerFromEvidence(product.id, analyzed, candidates, ranked, ignoredInstructions);
  const phraser = options.phraser ?? templatePhraser;
  // Each token says who worded it: the phraser's own label unless it says otherwise (a fallback to the template).
  const onToken = options.onToken && ((token: string, by?: ProductAnswer['phrasing']) => options.onToken!(token, by ?? phraser.phrasing));
  const phrased = await phraser.phrase(draft, onToken, options.signal);
  return {
    ...draft,
    text: phrased.text,
    phrasing: phrased.phrasing ?? phraser.phrasing,
    ...(phrased.note ? { phrasingNote: phrased.note } : {}),
    ...(phrased.cancelled ? { cancelled: true } : {}),
  };
}
