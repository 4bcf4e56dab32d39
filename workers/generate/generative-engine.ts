import type { ProgressInfo } from '@huggingface/transformers';
import type { Product } from '../catalog/product.ts';
import type { AnswerSource, EngineConfig, ModelState } from '../engine-api.ts';
import type { ModelManifest } from '../runtime/manifest.ts';
import { glossText } from '../translate/glossary-translate.ts';
import { translationTask, type Lang } from '../translate/language.ts';
import { loadMarianTranslator, type TranslationModelEntry } from '../translate/marian-translator.ts';
import { defaultTranslationCache, type TranslationCache } from '../translate/translation-cache.ts';
import { translateTexts, type SentenceTranslator, type TranslationResponse } from '../translate/translator.ts';
import { evidenceMessages } from './chat-message.ts';
import type { ProductDraft } from './draft.ts';
import { draftProduct } from './drafter.ts';
import { localizeFacts } from './localize-facts.ts';
import { productFacts, reviewHighlights } from './product-facts.ts';
import { extractiveAnswer } from './evidence-answer.ts';
import { TextGenerator } from './text-generator.ts';

/** A question to answer from evidence (spec rows, description sentences, review quotes). */
export interface GenerateRequest {
  question: string;
  evidence: string[];
  maxNewTokens?: number;
  /** In-thread callers only (an AbortSignal cannot cross the worker); use `stopGeneration()` there. */
  signal?: AbortSignal;
}

/** The answer: its text, which path wrote it, and how the generation went. */
export interface GenerateResponse {
  text: string;
  source: AnswerSource;
  /** Evidence lines quoted (light path). */
  used?: string[];
  tokens: number;
  stopped: boolean;
  tokensPerSecond?: number;
  /** Why the light path answered, when it did. */
  note?: string;
}

/** What the generative part needs from the engine around it. */
export interface GenerativeContext {
  config(): EngineConfig;
  manifest(): Promise<ModelManifest>;
  product(id: string): Product | undefined;
  models: Record<string, ModelState>;
  cache?: TranslationCache;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

function device(config: EngineConfig): 'wasm' | 'cpu' | 'webgpu' {
  if (config.generativeDevice) return config.generativeDevice;
  const scope = globalThis as { document?: unknown; WorkerGlobalScope?: unknown };
  return scope.document !== undefined || scope.WorkerGlobalScope !== undefined ? 'wasm' : 'cpu';
}

/**
 * Translation, generation and drafting for the engine: models load on first use (their state shows
 * in `status().models` under their manifest task), and each capability falls back to its light path
 * when models are off, missing from the manifest, or fail to load.
 */
export function createGenerativeParts(ctx: GenerativeContext) {
  const cache = ctx.cache ?? defaultTranslationCache();
  const loading = new Map<string, Promise<unknown>>();

  function track(task: string) {
    return (info: ProgressInfo) => {
      if (info.status === 'progress_total') {
        ctx.models[task] = { state: 'loading', progress: info.progress, loadedBytes: info.loaded, totalBytes: info.total };
      }
    };
  }

  /** Loads the model of a task once; undefined when models are off or the manifest has none. Errors are remembered in status. */
  async function model<T>(task: string, load: (entry: TranslationModelEntry) => Promise<T>): Promise<T | undefined> {
    if (ctx.config().models === false) return undefined;
    const entry = (await ctx.manifest()).models[task] as TranslationModelEntry | undefined;
    if (!entry) return undefined;
    if (!loading.has(task)) {
      ctx.models[task] = { state: 'loading', progress: 0, loadedBytes: 0, totalBytes: 0 };
      const pending = load(entry).then(
        (loaded) => {
          ctx.models[task] = { state: 'ready' };
          return loaded;
        },
        (error: unknown) => {
          ctx.models[task] = { state: 'error', message: message(error) };
          loading.delete(task);
          throw error;
        },
      );
      loading.set(task, pending);
    }
    return (await loading.get(task)) as T;
  }

  const translator = (from: Lang, to: Lang) =>
    model<SentenceTranslator>(translationTask(from, to), (entry) => loadMarianTranslator(entry, device(ctx.config()), track(translationTask(from, to)) as never));
  const generator = () => model<TextGenerator>('llm', (entry) => TextGenerator.load(entry, device(ctx.config()), track('llm')));
  /** The generator, or undefined (with the reason) when the light path must answer. */
  async function generatorOrReason(): Promise<{ gen?: TextGenerator; note?: string }> {
    try {
      const gen = await generator();
      return gen ? { gen } : { note: 'no generative model is configured' };
    } catch (error) {
      return { note: `the generative model failed to load: ${message(error)}` };
    }
  }

  const gloss = (texts: string[], to: Lang): TranslationResponse => ({ texts: texts.map((t) => glossText(t, to)), to, source: 'lexical', cached: 0, translated: 0 });

  /** Translates texts into `to`; a model when one is available, else the glossary gloss (`lexical`). */
  async function translate(texts: string[], to: Lang): Promise<TranslationResponse> {
    try {
      return await translateTexts(texts, to, translator, cache);
    } catch (error) {
      if (ctx.config().models !== false && !/no translation model/.test(message(error))) throw error;
      return gloss(texts, to);
    }
  }

  return {
    translate,

    /** Answers a question from evidence with the LLM, streaming; the extractive light path when there is none. */
    async generate(request: GenerateRequest, onToken?: (text: string) => void): Promise<GenerateResponse> {
      const { gen, note } = await generatorOrReason();
      if (!gen) {
        const light = extractiveAnswer(request.question, request.evidence);
        onToken?.(light.text);
        return { text: light.text, used: light.used, source: 'lexical', tokens: 0, stopped: false, note };
      }
      const result = await gen.generate(evidenceMessages(request.question, request.evidence), {
        onToken, signal: request.signal, maxNewTokens: request.maxNewTokens,
      });
      return { text: result.text, source: 'model', tokens: result.tokens, stopped: result.stopped, tokensPerSecond: result.tokensPerSecond };
    },

    /** Stops the generation running now (answer or draft). */
    async stopGeneration(): Promise<void> {
      const pending = loading.get('llm') as Promise<TextGenerator> | undefined;
      (await pending?.catch(() => undefined))?.stop();
    },

    /** Drafts a description and blurb for a product of the loaded catalog; spec values foreign to `lang` are translated first (cached). */
    async draft(productId: string, lang: Lang = 'en', onToken?: (text: string) => void, signal?: AbortSignal): Promise<ProductDraft> {
      const product = ctx.product(productId);
      if (!product) throw new Error(`no product with id "${productId}" in the loaded catalog`);
      const localized = await localizeFacts(productFacts(product), reviewHighlights(product), lang, (texts, to) =>
        // A translation model that fails to load leaves the values glossed, not the draft undone.
        translate(texts, to).catch(() => gloss(texts, to)));
      const { gen, note } = await generatorOrReason();
      const draft = await draftProduct(product, lang, gen, { onToken, signal, maxNewTokens: 200 }, localized);
      return gen ? draft : { ...draft, note };
    },
  };
}
