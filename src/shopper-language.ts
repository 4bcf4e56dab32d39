import { hasHan } from '../common/has-han.ts';

/**
 * The language the shopper writes in, as answers follow it: Chinese for a message with Chinese
 * characters, else the page's (the UI's). Without a message yet, the page's.
 */
export function shopperLanguage(message: string | undefined, uiLang: 'en' | 'zh'): 'en' | 'zh' {
  return message && hasHan(message) ? 'zh' : uiLang;
}
