import type { EngineConfig } from '../protocol/models.ts';
import type { Lang, TranslationResponse } from '../protocol/language.ts';
import { detectLang } from '../translate/language.ts';
import { errorMessage } from '../../common/error-message.ts';

/**
 * In `translate` cross-language mode, a query in the other language than the catalog's, translated
 * by the translation model; undefined otherwise, or when no model translated it (the glossary gloss is
 * no translation: the lexical index already uses the glossary).
 */
export async function queryTranslation(
  query: string,
  config: EngineConfig | undefined,
  catalogLanguage: Lang,
  translate: (texts: string[], to: Lang) => Promise<TranslationResponse>,
): Promise<string | undefined> {
  if (config?.crossLanguage !== 'translate' || config.models === false || !query.trim()) return undefined;
  if (detectLang(query) === catalogLanguage) return undefined;
  try {
    const result = await translate([query], catalogLanguage);
    return result.source === 'model' && result.texts[0]?.trim() ? result.texts[0] : undefined;
  } catch (error) {
    console.warn(`aisle: query translation failed, searching the query as written: ${errorMessage(error)}`);
    return undefined;
  }
}
