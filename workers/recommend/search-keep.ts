import { isStopword } from '../text/stopwords.ts';
import { tokenize } from '../text/tokenize.ts';

/**
 * What the shopper's history keeps of a search: its search words (the parsed intent the
 * recommendations use), never the raw text the shopper typed, and never anything that looks like
 * personal data. Removed before the words are taken: email addresses, links, card and phone numbers
 * (any run of 7 or more digits, spaces, dashes, dots or brackets), and street addresses (a house
 * number followed by a street word, PO boxes, apartment numbers, postcodes). What is left is
 * tokenized, stop words and long numbers dropped, and at most `maxTerms` distinct words kept.
 */
const personal: RegExp[] = [
  /[^\s@]+@[^\s@]+\.[^\s@]+/gu, // email
  /\b(?:https?:\/\/|www\.)\S+/giu, // links
  /\+?\(?\d(?:[\s().-]*\d){6,}/gu, // cards, phones, account numbers
  /\b\d{1,6}[a-z]?\s+(?:[\p{L}'-]+\s+){0,3}(?:street|st|avenue|ave|road|rd|lane|ln|boulevard|blvd|drive|dr|court|ct|way|place|pl|terrace|square|sq|highway|hwy|crescent|close|parkway|pkwy)\b\.?/giu,
  /\b(?:p\.?\s*o\.?\s*box|apt|apartment|suite|unit|flat)\.?\s*#?\s*\d+\w*/giu,
  /\b[a-z]{1,2}\d[a-z\d]?\s*\d[a-z]{2}\b/giu, // UK postcode
  /\b\d{5}(?:-\d{4})\b/gu, // US ZIP+4
];

/** Search words kept per search at most. */
export const maxTerms = 8;

/** The search words kept for a search, or '' when nothing of it may be kept. */
export function keptSearchWords(query: string): string {
  let text = query.normalize('NFKC').replace(/[\u0000-\u001f\u007f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/gu, ' ');
  for (const pattern of personal) text = text.replace(pattern, ' ');
  const words: string[] = [];
  for (const token of tokenize(text)) {
    if (isStopword(token) || /^\d{5,}$/.test(token) || token.length > 40 || words.includes(token)) continue;
    words.push(token);
    if (words.length === maxTerms) break;
  }
  return words.join(' ');
}
