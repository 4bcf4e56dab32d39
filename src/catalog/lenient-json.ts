/**
 * Parses the JSON of a JSON-LD script block, forgiving what shop themes get wrong: HTML comment
 * or CDATA wrappers, raw line breaks inside strings, and trailing commas. Throws if still not JSON.
 */
export function parseLenientJson(source: string): unknown {
  try {
    return JSON.parse(source);
  } catch {
    const cleaned = source
      .replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '')
      .replace(/(?:-->|\/\/\s*\]\]>|\]\]>)\s*$/, '')
      .replace(/[\u0000-\u001f]+/g, ' ')
      .replace(/,\s*([}\]])/g, '$1');
    return JSON.parse(cleaned);
  }
}
