/**
 * The types the translate room's modules share with each other and with the room's callers
 * (docs/architecture.md, "Room naming convention"). Types the page also sees live in workers/protocol/.
 */
import type { ManifestModel } from '../protocol/models.ts';

/** Manifest fields a translation model may carry beyond the common ones. */
export interface TranslationModelEntry extends ManifestModel {
  /** A target-language token the model wants before the text (opus-mt-en-zh: ">>cmn_Hans<<"). */
  targetPrefix?: string;
}

/** Translations already made, by (target language, text hash). */
export interface TranslationCache {
  get(lang: string, hash: string): Promise<string | undefined>;
  put(lang: string, hash: string, text: string, model: string): Promise<void>;
}

/** Translates a batch of sentences from one language to another (a loaded model). */
export interface SentenceTranslator {
  /** The model id, recorded beside cached translations. */
  readonly model: string;
  translate(sentences: string[]): Promise<string[]>;
}
