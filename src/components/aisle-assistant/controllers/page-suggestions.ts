/** A language the suggested questions are asked in. */
type Lang = 'en' | 'zh';

/**
 * The page product's suggested questions, by language: each language is asked of the engine once,
 * when the shopper's language first needs it (the page's at first, Chinese once a shopper on an
 * English page writes in Chinese), and kept until the page product changes.
 */
export class PageSuggestions {
  private byLang = new Map<Lang, string[]>();
  private pending = new Set<Lang>();
  /** Counts resets, so questions for an earlier page product are dropped when they arrive. */
  private generation = 0;

  constructor(private readonly changed: () => void) {}

  /** The questions in `lang`; none until they arrive. */
  in(lang: Lang): string[] {
    return this.byLang.get(lang) ?? [];
  }

  /** Forgets every language's questions (another page product, or none). */
  reset(): void {
    this.generation++;
    this.byLang = new Map();
    this.pending.clear();
    this.changed();
  }

  /**
   * Asks `fetch` for the questions in `lang` unless they are here or on their way; resolves once
   * they are kept. A failure keeps none for `lang` (it is not asked again) and rejects, so the caller
   * decides what it means.
   */
  async ask(lang: Lang, fetch: () => Promise<string[]>): Promise<void> {
    if (this.byLang.has(lang) || this.pending.has(lang)) return;
    const generation = this.generation;
    this.pending.add(lang);
    const keep = (questions: string[]) => {
      if (generation !== this.generation) return;
      this.pending.delete(lang);
      this.byLang.set(lang, questions);
      this.changed();
    };
    try {
      keep(await fetch());
    } catch (error) {
      keep([]);
      throw error;
    }
  }
}
