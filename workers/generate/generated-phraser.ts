import { templatePhraser } from '../qa/answer-phraser.ts';
import type { AnswerPhraser, Phrased, TokenCallback } from '../qa/qa-types.ts';
import type { ProductAnswer } from '../protocol/answer.ts';
import { templateTokens } from '../qa/stream-template.ts';
import type { ChatMessage, GenerateOptions, GenerationResult } from './generate-types.ts';
import { checkPhrasedSentence, phrasingGround } from './phrasing-check.ts';
import { phrasingMessages } from './phrasing-prompt.ts';
import { errorMessage } from '../../common/error-message.ts';

/** What the phraser needs of a language model: TextGenerator has this shape. */
export interface ChatGenerator {
  generate(messages: ChatMessage[], options?: GenerateOptions): Promise<Pick<GenerationResult, 'text' | 'stopped' | 'tokens'>>;
}

/** Most sentences a generated answer keeps; most new tokens it may take. */
const maxSentences = 3;
const maxNewTokens = 96;

/** A sentence end: a Chinese stop, or a Latin one before a space (so "6.1" is not cut), or a line break. */
const sentenceEnd = /[。！？][”’」）)"]*|[.!?][”’)"]*(?=\s)|\n/;

/** Cuts finished sentences off the front of `buffer`; the unfinished rest stays. */
function takeSentences(buffer: string): { sentences: string[]; rest: string } {
  const sentences: string[] = [];
  let rest = buffer;
  for (let m = sentenceEnd.exec(rest); m; m = sentenceEnd.exec(rest)) {
    const sentence = rest.slice(0, m.index + m[0].length).trim();
    if (sentence) sentences.push(sentence);
    rest = rest.slice(m.index + m[0].length);
  }
  return { sentences, rest };
}

/** Why a draft keeps its template wording without asking the model, if it does. */
function keepsTemplate(draft: ProductAnswer): string | undefined {
  if (!draft.answerable) return 'the product data does not say: the template answered';
  if (draft.verdict === 'not-stated') return 'the data does not answer it directly: the template answered';
  if (!draft.evidence.length) return 'no evidence to word: the template answered';
  return undefined;
}

/**
 * Words answers with a language model over the draft's own evidence, and streams them, without
 * letting an ungrounded claim through: the model's text is held back sentence by sentence, and a
 * sentence reaches `onToken` only once it passes the phrasing check against the question, the draft
 * and the cited evidence. The first failing sentence stops the generation; when no sentence passed,
 * the template wording answers (`phrasing: 'template'`, with the reason in `note`).
 * Answers that abstain or are not stated directly always keep the template wording.
 */
export function generatedPhraser(generator: ChatGenerator): AnswerPhraser {
  return {
    phrasing: 'generated',
    async phrase(draft, onToken, signal): Promise<Phrased> {
      const template = async (note: string): Promise<Phrased> => ({ ...(await templatePhraser.phrase(draft, onToken && ((t) => onToken(t, 'template')), signal)), phrasing: 'template', note });
      const skip = keepsTemplate(draft);
      if (skip) return template(skip);

      const ground = phrasingGround(draft);
      const kept: string[] = [];
      const joiner = draft.language === 'zh' ? '' : ' ';
      const stop = new AbortController();
      const onAbort = () => stop.abort();
      signal?.addEventListener('abort', onAbort);
      let buffer = '';
      let failure: string | undefined;
      let cancelled = false;
      let done = false;
      let emitting = Promise.resolve();

      const emit = (sentence: string) => {
        const tokens = templateTokens(sentence);
        if (kept.length > 1 && tokens.length) tokens[0] = joiner + tokens[0];
        emitting = emitting.then(async () => {
          for (const token of tokens) {
            if (cancelled || !onToken) return;
            if (signal?.aborted || (await onToken(token, 'generated')) === false) {
              cancelled = true;
              stop.abort();
            }
          }
        });
      };
      const accept = (sentence: string) => {
        if (done) return;
        if (kept.includes(sentence)) {
          done = true; // the model repeats itself: the answer is complete
          stop.abort();
          return;
        }
        const why = checkPhrasedSentence(sentence, ground, kept.length === 0);
        if (why) {
          failure = `a generated sentence was not grounded (${why}): ${kept.length ? 'the answer stops before it' : 'the template answered'}`;
          done = true;
          stop.abort();
          return;
        }
        kept.push(sentence);
        emit(sentence);
        if (kept.length >= maxSentences) {
          done = true;
          stop.abort();
        }
      };

      try {
        const result = await generator.generate(phrasingMessages(draft), {
          signal: stop.signal,
          maxNewTokens,
          onToken: (piece) => {
            if (done) return;
            const cut = takeSentences(buffer + piece);
            buffer = cut.rest;
            for (const sentence of cut.sentences) accept(sentence);
          },
        });
        // The unfinished tail counts only when the model ended on its own (not cut at the token limit or stopped).
        if (!done && !result.stopped && result.tokens < maxNewTokens && buffer.trim()) accept(buffer.trim());
      } catch (error) {
        failure = `the generative model failed (${errorMessage(error)}): the template answered`;
      } finally {
        signal?.removeEventListener('abort', onAbort);
      }
      await emitting;
      if (!kept.length) {
        if (cancelled || signal?.aborted) return { text: draft.text, cancelled: true, phrasing: 'template' };
        return template(failure ?? 'the model wrote no usable sentence: the template answered');
      }
      return { text: kept.join(joiner), cancelled: cancelled || !!signal?.aborted, ...(failure ? { note: failure } : {}) };
    },
  };
}
