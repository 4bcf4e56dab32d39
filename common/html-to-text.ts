const named: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', euro: '€', pound: '£', yen: '¥', copy: '©', reg: '®', trade: '™',
  middot: '·', bull: '•', times: '×', deg: '°',
};

/** Decodes HTML character references (named ones common in shop text, and all numeric ones). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '';
    }
    return named[ref.toLowerCase()] ?? whole;
  });
}

/**
 * Plain text of an HTML fragment such as a FAQ's `acceptedAnswer.text` or a feed's description: the
 * one HTML-to-text of both halves. Runs without a DOM (worker, Node): drops comments and the content of
 * script/style/template/noscript/iframe, turns block ends into line breaks, removes every tag, decodes
 * entities and tidies white space (runs of spaces to one, no blank lines). The result is text to render
 * as text, never markup. `decode` reads the character references: by default the common ones above (the
 * page needs no more); the engine passes a full HTML5 table for feeds (`entities`' decodeHTML).
 */
export function htmlToText(html: string, decode: (text: string) => string = decodeEntities): string {
  if (!/[<&]/.test(html)) return html.replace(/[ \t\r\f\v]+/g, ' ').replace(/\s*\n\s*/g, '\n').trim();
  const text = html
    .replace(/<!--[\s\S]*?(-->|$)/g, '')
    .replace(/<(script|style|template|noscript|iframe|object|svg)\b[\s\S]*?(<\/\1\s*>|$)/gi, '')
    .replace(/<(br|hr)\b[^>]*>/gi, '\n')
    .replace(/<\/?(p|div|li|ul|ol|tr|h[1-6]|section|article|blockquote|table|dd|dt)\b[^>]*>/gi, '\n')
    .replace(/<\/?[a-z!/?][^>]*(>|$)/gi, '');
  return decode(text)
    .replace(/[ \t\r\f\v\u00a0]+/g, ' ')
    .replace(/ *\n[\n ]*/g, '\n')
    .trim();
}
