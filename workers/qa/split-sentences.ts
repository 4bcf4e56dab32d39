const sentences = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Bullet markers that start a line in shop descriptions ("• Machine wash", "- 5G", "* Zip"). */
const bulletMark = /^\s*(?:[•·▪◦‣●○■□*\-–—]|\d+[.)])\s+/u;

/** A line of seller text, and whether it was written as a bullet point. */
export interface TextLine {
  text: string;
  bullet: boolean;
}

/**
 * Cuts seller or review text into sentences and bullet lines, verbatim (trimmed), dropping empty
 * pieces. Lines that start with a bullet marker stay whole, without the marker.
 */
export function splitSentences(text: string): TextLine[] {
  const out: TextLine[] = [];
  for (const rawLine of text.split(/\r?\n+/)) {
    if (!rawLine.trim()) continue;
    if (bulletMark.test(rawLine)) {
      out.push({ text: rawLine.replace(bulletMark, '').trim(), bullet: true });
      continue;
    }
    for (const part of sentences.segment(rawLine)) {
      const sentence = part.segment.trim();
      if (/[\p{L}\p{N}]/u.test(sentence)) out.push({ text: sentence, bullet: false });
    }
  }
  return out;
}
