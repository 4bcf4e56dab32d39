import { glossaryWords } from './glossary.ts';
import { tokenize } from './tokenize.ts';

const longest = Math.max(...glossaryWords.map((w) => w.length));
const known = new Set(glossaryWords);

/**
 * Splits a query into words, cutting Chinese runs by forward maximum matching against the shopping
 * glossary first (ICU's dictionary cuts brand and product words such as "华为" or "太阳镜" into
 * pieces), and by ICU for what the glossary does not know. Lower-case, in query order.
 */
export function segmentShoppingWords(text: string): string[] {
  const out: string[] = [];
  for (const [run] of text.normalize('NFKC').toLowerCase().matchAll(/\p{Script=Han}+|[^\p{Script=Han}]+/gu)) {
    if (!/\p{Script=Han}/u.test(run)) {
      out.push(...tokenize(run));
      continue;
    }
    let unknown = '';
    for (let i = 0; i < run.length; ) {
      let match = '';
      for (let len = Math.min(longest, run.length - i); len > 0; len--) {
        if (known.has(run.slice(i, i + len))) {
          match = run.slice(i, i + len);
          break;
        }
      }
      if (match) {
        if (unknown) out.push(...tokenize(unknown));
        unknown = '';
        out.push(match);
        i += match.length;
      } else unknown += run[i++];
    }
    if (unknown) out.push(...tokenize(unknown));
  }
  return out;
}
