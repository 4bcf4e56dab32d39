import type { EngineConfig, ManifestModel, ModelManifest, ModelProgress } from '../protocol/models.ts';
import { Embedder } from '../runtime/embedder.ts';
import { fetchManifest } from '../runtime/manifest.ts';
import { ModelRuntime } from '../runtime/runtime.ts';
import { configureTransformers } from '../runtime/transformers-env.ts';
import { CrossEncoder } from '../qa/cross-encoder.ts';
import { SentimentClassifier } from '../reviews/sentiment-classifier.ts';
import { errorMessage } from '../../common/error-message.ts';

/** Opens a task's model from its manifest entry, reporting progress; what `ModelSlots.loadThroughRuntime` takes. */
export type OpenModel<T> = (model: ManifestModel, onProgress: (p: ModelProgress) => void) => Promise<T>;

/**
 * The engine's configuration and the models it holds: the runtime for the current config, the
 * manifest (fetched once), and one slot per model the engine itself keeps (embeddings, Q&A
 * cross-encoder, sentiment). Each slot loads once, in the background where the caller does not
 * wait, and stays empty (its state in `models`) when its model cannot load; a later call plans it
 * again (after a wait for the shopper's go-ahead, or an error). The generative models
 * (translation, LLM) have their own slots in workers/generate/.
 */
export class ModelSlots {
  private config?: EngineConfig;
  private manifest?: ModelManifest;
  private runtime?: ModelRuntime;
  /** Given once (prepareModels on a saveData connection), it covers every model loaded after. */
  private saveDataConsent = false;
  private embedderLoading?: Promise<Embedder | undefined>;
  private rerankerLoading?: Promise<void>;
  private rerankerPlanned?: Promise<void>;
  /** A product question asked for the re-ranker: a go-ahead loads it then (loadAgreed). */
  private rerankerAsked = false;
  private sentimentLoading?: Promise<void>;
  private sentimentPlanned?: Promise<void>;
  embedder?: Embedder;
  reranker?: CrossEncoder;
  sentiment?: SentimentClassifier;

  /** `onSentiment` hears of the sentiment classifier once it has loaded. */
  constructor(private readonly onSentiment: (model: SentimentClassifier) => Promise<void>) {}

  /** Takes a new config: a fresh runtime, the config's manifest (if any), the embedder to load again. */
  configure(config: EngineConfig): void {
    this.config = config;
    this.manifest = config.manifest;
    this.runtime = new ModelRuntime(config);
    this.embedder = undefined;
    this.embedderLoading = undefined;
    configureTransformers(config);
  }

  /** The current config, if configure() was called. */
  get configured(): EngineConfig | undefined {
    return this.config;
  }

  requireConfig(): EngineConfig {
    if (!this.config) throw new Error('the engine is not configured: call configure() first');
    return this.config;
  }

  /** The runtime for the current config: verified cache, quota, device choice, saveData consent. */
  currentRuntime(): ModelRuntime {
    return (this.runtime ??= new ModelRuntime(this.requireConfig()));
  }

  /** The runtime if one was made (for status()); undefined before configure(). */
  get existingRuntime(): ModelRuntime | undefined {
    return this.runtime;
  }

  /** The manifest of the configured model host, fetched once. */
  async currentManifest(): Promise<ModelManifest> {
    return (this.manifest ??= this.requireConfig().manifest ?? (await fetchManifest(this.requireConfig().modelHost)));
  }

  /** Remembers the shopper's consent to download on a saveData connection, for every later load. */
  consentToSaveData(): void {
    this.saveDataConsent = true;
  }

  /**
   * Loads a model other than the embedder through the runtime, so its files come from the verified
   * cache (checked against the manifest) like the search model's; undefined, with its state in
   * status(), when it cannot load.
   */
  loadThroughRuntime<T>(task: string, entry: ManifestModel, open: OpenModel<T>, onProgress?: (p: ModelProgress) => void): Promise<T | undefined> {
    return this.currentRuntime().load(task, entry, async ({ model, onProgress }) => ({ value: await open(model, onProgress) }), onProgress, this.saveDataConsent);
  }

  /** The embedder, loaded once; undefined when it did not load (error, consent, storage), and a later call tries again. */
  async prepareEmbedder(onProgress?: (p: ModelProgress) => void): Promise<Embedder | undefined> {
    this.embedderLoading ??= this.loadEmbedder(onProgress);
    this.embedder = await this.embedderLoading;
    if (!this.embedder) this.embedderLoading = undefined;
    return this.embedder;
  }

  /** Loads the embedding model through the runtime, on a device per workload (queries, batches). */
  private async loadEmbedder(onProgress?: (p: ModelProgress) => void): Promise<Embedder | undefined> {
    const models = this.currentRuntime().models;
    let entry: ManifestModel | undefined;
    try {
      entry = (await this.currentManifest()).models.embeddings;
    } catch (error) {
      const message = errorMessage(error);
      models.embeddings = { state: 'error', message };
      onProgress?.({ status: 'error', task: 'embeddings', model: '', message });
      return undefined;
    }
    if (!entry) {
      models.embeddings = { state: 'error', message: 'the model manifest has no "embeddings" model' };
      return undefined;
    }
    return this.currentRuntime().load('embeddings', entry, async ({ model, choose, onProgress: progress, onFallback }) => {
      const value = await Embedder.load(model, { devices: { single: choose('single'), batch: choose('batch') }, onProgress: progress, onFallback });
      return { value, devices: value.devices, fallback: value.fallbackReason };
    }, onProgress, this.saveDataConsent);
  }

  /**
   * Starts loading the Q&A cross-encoder, once the embedder is there, when the manifest has one, in
   * the background, on a product question (searches never pay for it); questions use it once ready
   * (status().models.reranking). Q&A works without it if it fails. A load that ended without a model
   * (waiting for a go-ahead, an error) is planned again on the next question. Settles once the load
   * is planned (downloading, or waiting for a go-ahead), not loaded, so a question's answer comes
   * with a status that says whether the re-ranker waits for the shopper.
   */
  startReranker(onProgress?: (p: ModelProgress) => void): Promise<void> {
    const entry = this.manifest?.models.reranking;
    if (!this.embedder || this.reranker || !entry) return Promise.resolve();
    this.rerankerAsked = true;
    if (!this.rerankerLoading) {
      const planned = this.currentRuntime().whenPlanned('reranking');
      this.rerankerLoading = this.loadReranker(entry, onProgress);
      this.rerankerPlanned = Promise.race([planned, this.rerankerLoading]);
    }
    return this.rerankerPlanned ?? Promise.resolve();
  }

  private async loadReranker(entry: ManifestModel, onProgress?: (p: ModelProgress) => void): Promise<void> {
    this.reranker = await this.loadThroughRuntime('reranking', entry, (model, progress) => CrossEncoder.load(model, progress), onProgress);
    // Loaded, or not (waiting for a go-ahead, an error): either way the next question may start it again.
    this.rerankerLoading = undefined;
  }

  /**
   * After the shopper's go-ahead, given while search's model is ready: loads the re-ranker a product
   * question asked for, unless it is loaded (it waited, or failed), reporting its progress, and waits
   * for the sentiment classifier's load (startSentiment, called first); settles once both are done.
   */
  async loadAgreed(onProgress?: (p: ModelProgress) => void): Promise<void> {
    const reranker = async () => {
      // A plan made before the go-ahead (a question at that moment) ends first; then it loads with the go-ahead.
      await this.rerankerLoading;
      if (!this.rerankerAsked || this.reranker) return;
      void this.startReranker(onProgress);
      await this.rerankerLoading;
    };
    await Promise.all([reranker(), this.sentimentLoading?.catch(() => undefined)]);
  }

  /**
   * Starts loading the manifest's sentiment classifier in the background (once; again after a
   * failure). Settles once its load is planned (downloading, or waiting for a go-ahead), not loaded:
   * a model that waits is in the status the caller returns, so the shopper is asked.
   */
  startSentiment(onProgress?: (p: ModelProgress) => void): Promise<void> {
    if (!this.sentimentLoading) {
      const planned = this.currentRuntime().whenPlanned('sentiment');
      this.sentimentLoading = this.loadSentiment(onProgress);
      this.sentimentPlanned = Promise.race([planned, this.sentimentLoading]);
    }
    return this.sentimentPlanned ?? Promise.resolve();
  }

  /** Loads the manifest's sentiment classifier, when it lists one, for the review room's model path; never throws. */
  private async loadSentiment(onProgress?: (p: ModelProgress) => void): Promise<void> {
    if (this.sentiment) return;
    const entry = (await this.currentManifest().catch(() => undefined))?.models.sentiment;
    if (!entry) return;
    this.sentiment = await this.loadThroughRuntime('sentiment', entry, (model, progress) => SentimentClassifier.load(model, progress), onProgress);
    if (!this.sentiment) {
      this.sentimentLoading = undefined;
      return;
    }
    await this.onSentiment(this.sentiment);
  }
}
