import type { Product } from '../protocol/product.ts';
import type { AnswerSource } from '../protocol/answer.ts';
import type { EngineConfig, ModelProgress, ModelState } from '../protocol/models.ts';
import type { ManifestModel, ModelManifest } from '../protocol/models.ts';
import { progressReporter } from '../runtime/progress-reporter.ts';
import { defaultDevice } from '../runtime/environment.ts';
import { glossText } from '../translate/glossary-translate.ts';
import { translationTask } from '../translate/language.ts';
import type { Lang } from '../protocol/language.ts';
import { loadMarianTranslator } from '../translate/marian-translator.ts';
import type { TranslationModelEntry, TranslationCache, SentenceTranslator } from '../translate/translate-types.ts';
import { defaultTranslationCache } from '../translate/translation-cache.ts';
import { translateTexts } from '../translate/translator.ts';
import type { TranslationResponse } from '../protocol/language.ts';
import { evidenceMessages } from './chat-message.ts';
import type { ProductDraft } from '../protocol/language.ts';
import { draftProduct } from './drafter.ts';
import { localizeFacts } from './localize-facts.ts';
import { productFacts, reviewHighlights } from './product-facts.ts';
import { extractiveAnswer } from './evidence-answer.ts';
import { generatedPhraser } from './generated-phraser.ts';
import { TextGenerator } from './text-generator.ts';
import type { AnswerPhraser } from '../qa/qa-types.ts';
import type { GenerateRequest, GenerateResponse } from '../protocol/language.ts';
import { errorMessage } from '../../common/error-message.ts';

/** What the generative part needs from the engine around it. */
export interface GenerativeContext {
  config(): EngineConfig;
  manifest(): Promise<ModelManifest>;
  product(id: string): Product | undefined;
  /** Loads a task's model through the engine's runtime (verified cache, quota, consent); undefined when it cannot. */
  load<T>(task: string, entry: ManifestModel, open: (model: ManifestModel, onProgress: (p: ModelProgress) => void) => Promise<T>): Promise<T | undefined>;
  /** A task's model state, to say why it did not load. */
  modelState(task: string): ModelState | undefined;
  cache?: TranslationCache;
}

function device(config: EngineConfig): 'wasm' | 'cpu' | 'webgpu' {
  return config.generativeDevice ?? defaultDevice();
}

/**
 * Translation, generation and drafting for the engine: models load on first use (their state shows
 * in `status().models` under their manifest task), and each capability falls back to its light path
 * when models are off, missing from the manifest, or fail to load.
 */
export function createGenerativeParts(ctx: GenerativeContext) {
  const cache = ctx.cache ?? defaultTranslationCache();
  const loading = new Map<string, Promise<unknown>>();

  /** Loads the model of a task once; undefined when models are off, the manifest has none, or it failed (a later call retries). */
  async function model<T>(task: string, open: (entry: ManifestModel, onProgress: (p: ModelProgress) => void) => Promise<T>): Promise<T | undefined> {
    if (ctx.config().models === false) return undefined;
    const entry = (await ctx.manifest()).models[task];
    if (!entry) return undefined;
    if (!loading.has(task)) {
      loading.set(task, ctx.load(task, entry, open).then((loaded) => {
        if (loaded === undefined) loading.delete(task);
        return loaded;
      }));
    }
    return (await loading.get(task)) as T | undefined;
  }

  /** Translation tasks whose model failed to load, with the reason. */
  const loadErrors = (): Record<string, string> => {
    const errors: Record<string, string> = {};
    for (const task of ['translation-zh-en', 'translation-en-zh']) {
      const state = ctx.modelState(task);
      if (state?.state === 'error') errors[task] = state.message;
    }
    return errors;
  };
  const translator = (from: Lang, to: Lang) => {
    const task = translationTask(from, to);
    return model<SentenceTranslator>(task, (entry, onProgress) => loadMarianTranslator(entry as TranslationModelEntry, device(ctx.config()), progressReporter(task, entry.id, onProgress)));
  };
  /** Which model would translate from → to (its id and file hashes), so cached translations are that model's own. */
  const translationModelKey = async (from: Lang, to: Lang): Promise<string | undefined> => {
    if (ctx.config().models === false) return undefined;
    const entry = (await ctx.manifest()).models[translationTask(from, to)];
    return entry && `${entry.id}:${entry.files.map((f) => f.sha256 ?? '').join(',')}`;
  };
  const generator = () => model<TextGenerator>('llm', (entry, onProgress) => TextGenerator.load(entry, device(ctx.config()), progressReporter('llm', entry.id, onProgress)));
  /** The generator, or undefined (with the reason) when the light path must answer. */
  async function generatorOrReason(): Promise<{ gen?: TextGenerator; note?: string }> {
    const gen = await generator().catch(() => undefined);
    if (gen) return { gen };
    const state = ctx.modelState('llm');
    return { note: state?.state === 'error' ? `the generative model failed to load: ${state.message}` : 'no generative model is configured' };
  }

  const gloss = (texts: string[], to: Lang): TranslationResponse => ({ texts: texts.map((t) => glossText(t, to)), to, source: 'lexical', cached: 0, translated: 0 });

  /** Translates texts into `to`; a model when one is available, else the glossary gloss (`lexical`). */
  async function translate(texts: string[], to: Lang): Promise<TranslationResponse> {
    try {
      return await translateTexts(texts, to, translator, cache, translationModelKey);
    } catch (error) {
      if (ctx.config().models !== false && !/no translation model/.test(errorMessage(error))) throw error;
      const failed = Object.entries(loadErrors()).map(([task, reason]) => `${task} failed to load: ${reason}`);
      return { ...gloss(texts, to), ...(failed.length ? { note: failed.join('; ') } : {}) };
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

    /**
     * The phraser for product answers under `answerPhrasing`: the LLM's when asked for (`generated`
     * loads it) or already loaded (`auto`); none (the template) otherwise, with the reason when one was asked for.
     */
    async answerPhraser(): Promise<{ phraser?: AnswerPhraser; note?: string }> {
      const mode = ctx.config().answerPhrasing ?? 'auto';
      if (mode === 'template' || (mode === 'auto' && ctx.modelState('llm')?.state !== 'ready')) return {};
      if (ctx.config().models === false) return { note: 'models are off: the template answered' };
      const { gen, note } = await generatorOrReason();
      return gen ? { phraser: generatedPhraser(gen) } : { note: `${note}: the template answered` };
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
        // translate() already glosses when the model cannot load; a translation that fails mid-way leaves the values glossed too, not the draft undone.
        translate(texts, to).catch(() => gloss(texts, to)));
      const { gen, note } = await generatorOrReason();
      const draft = await draftProduct(product, lang, gen, { onToken, signal, maxNewTokens: 200 }, localized);
      return gen ? draft : { ...draft, note };
    },
  };
}
