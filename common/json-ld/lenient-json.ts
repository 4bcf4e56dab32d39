import { decodeEntities } from '../html-to-text.ts';

/**
 * Parses the JSON of a JSON-LD script block, forgiving what shop themes get wrong: HTML comment
 * or CDATA wrappers, raw line breaks inside strings, trailing commas, and a whole block written
 * HTML-escaped (`{&quot;@context&quot;: …}`). Throws if still not JSON.
 */
export function parseLenientJson(source: string): unknown {
  try {
    return JSON.parse(source);
  } catch {
    let cleaned = source
      .replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '')
      .replace(/(?:-->|\/\/\s*\]\]>|\]\]>)\s*$/, '');
    // An escaped block has no bare quote at all: its quotes are all &quot; (or &#34;).
    if (!cleaned.includes('"') && /&(quot|#34|#x22);/i.test(cleaned)) cleaned = decodeEntities(cleaned);
    cleaned = cleaned.replace(/[\u0000-\u001f]+/g, ' ').replace(/,\s*([}\]])/g, '$1');
    return JSON.parse(cleaned);
  }
}
