/** UI strings of <aisle-translate>, English and Chinese. */
const en = {
  translate: 'Translate',
  showOriginal: 'Show original',
  translating: 'Translating on your device…',
  byModel: 'Translated on your device',
  byGlossary: 'Word-by-word gloss (no translation model)',
  unchanged: 'Already in this language (nothing to translate)',
  failed: 'Translation failed. The original text is shown.',
  retry: 'Try again',
};

/** The string table type. */
export type TranslateStrings = typeof en;

const zh: TranslateStrings = {
  translate: '翻译',
  showOriginal: '显示原文',
  translating: '正在设备上翻译…',
  byModel: '已在您的设备上翻译',
  byGlossary: '逐词对照（未加载翻译模型）',
  unchanged: '已是该语言（无需翻译）',
  failed: '翻译失败，显示原文。',
  retry: '重试',
};

/** Strings for a language tag: Chinese for any `zh*`, English otherwise. */
export function translateStrings(lang: string | undefined): TranslateStrings {
  return lang?.toLowerCase().startsWith('zh') ? zh : en;
}
