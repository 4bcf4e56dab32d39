const named: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', euro: '€', pound: '£', yen: '¥', copy: '©', reg: '®', trade: '™',
  middot: '·', bull: '•', times: '×', deg: '°',
};

/** HTML's Latin-1 names (U+00A0 to U+00FF, in order): "auml" → "ä", "Eacute" → "É". Case matters. */
const latin1Names =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest ' +
  'Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig ' +
  'agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml';
const latin1 = new Map(latin1Names.split(' ').map((name, i) => [name, String.fromCharCode(0xa0 + i)]));

/** Decodes HTML character references (HTML's Latin-1 names, others common in shop text, and all numeric ones). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '';
    }
    return latin1.get(ref) ?? named[ref.toLowerCase()] ?? whole;
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
    .replace(/<\/?(p|div|li|ul|ol|tr|td|th|h[1-6]|section|article|aside|header|footer|main|nav|figure|figcaption|pre|address|blockquote|table|dl|dd|dt)\b[^>]*>/gi, '\n')
    .replace(/<\/?[a-z!/?][^>]*(>|$)/gi, '');
  return decode(text)
    .replace(/[ \t\r\f\v\u00a0]{2,}|[\t\r\f\v\u00a0]/g, ' ')
    .replace(/ *\n[\n ]*/g, '\n')
    .trim();
}
