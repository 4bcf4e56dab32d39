/**
 * The one sentence splitter: seller text, reviews, store policies and text to translate all cut
 * into sentences here, English or Chinese.
 */

const segmenter = new Intl.Segmenter('zh', { granularity: 'sentence' });

/** Bullet markers that start a line in shop descriptions ("• Machine wash", "- 5G", "* Zip", "1) Zip"). */
const bulletMark = /^\s*(?:[•·▪◦‣●○■□*\-–—]|\d+[.)])\s+/u;

/** Abbreviations ICU breaks after ("Dr. Smith"): the sentence goes on; "No." only before a number ("No. 5"), since "No." alone is an answer. */
const abbreviationEnd = /\b(?:dr|mr|mrs|ms|st|vs|etc|e\.g|i\.e|approx)\.$/i;
const numberAbbreviation = /\bno\.$/i;

/** Line breaks, and the space after "!", "?", "~" or a Chinese full stop (which ICU misses after "~"). */
const lineBreak = /[\r\n]+/g;
const runEnd = /(?<=[!?~。！？])\s+/g;

const hasWord = (text: string) => /[\p{L}\p{N}]/u.test(text);

/** One sentence of a text: verbatim, trimmed, where it stands in the text, and whether it was a bullet line. */
export interface Sentence {
  text: string;
  /** Offsets in the text: `text === source.slice(start, end)`. */
  start: number;
  end: number;
  /** The line started with a bullet marker (left out of `text` and of the span). */
  bullet: boolean;
}

/** The pieces of `text` between matches of `separator` (global), with their offsets. */
function* between(text: string, separator: RegExp, offset: number): Generator<[string, number]> {
  let last = 0;
  for (const m of text.matchAll(separator)) {
    yield [text.slice(last, m.index), offset + last];
    last = m.index + m[0].length;
  }
  yield [text.slice(last), offset + last];
}

/**
 * The sentences of a text, in order. The contract:
 * - each sentence is verbatim text, trimmed, with its span in the text, and has a letter or digit
 *   (empty pieces and bare punctuation are dropped);
 * - a sentence never runs across a line break;
 * - a line that starts with a bullet marker is one sentence, without the marker (`bullet: true`);
 * - other lines are cut at ICU sentence breaks (which know 。！？ as well as ". "), and after runs of
 *   "!", "?" or "~" followed by a space, but not after common abbreviations ("Dr. Lee", "approx.").
 * Long sentences stay whole: a caller with a length limit cuts them its own way.
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const push = (start: number, end: number, bullet: boolean) => {
    const raw = text.slice(start, end);
    const trimmed = raw.trim();
    if (!hasWord(trimmed)) return;
    const from = start + (raw.length - raw.trimStart().length);
    out.push({ text: trimmed, start: from, end: from + trimmed.length, bullet });
  };
  for (const [line, lineStart] of between(text, lineBreak, 0)) {
    if (!line.trim()) continue;
    const bullet = bulletMark.exec(line);
    if (bullet) {
      push(lineStart + bullet[0].length, lineStart + line.length, true);
      continue;
    }
    for (const [run, runStart] of between(line, runEnd, lineStart)) {
      let carried: number | undefined;
      for (const part of segmenter.segment(run)) {
        const start = carried ?? runStart + part.index;
        const end = runStart + part.index + part.segment.length;
        carried = undefined;
        const sentence = text.slice(start, end).trim();
        if (abbreviationEnd.test(sentence) || (numberAbbreviation.test(sentence) && /^\s*\d/.test(text.slice(end, runStart + run.length)))) {
          carried = start;
          continue;
        }
        push(start, end, false);
      }
      if (carried !== undefined) push(carried, runStart + run.length, false);
    }
  }
  return out;
}
