/**
 * The JSON-LD script blocks of a document: their texts (cheap to read), and which of them are too
 * large to parse on the page's thread (the engine reads those, Engine.readJsonLd).
 */
import type { JsonLdText } from '../../workers/protocol/page.ts';
import type { Steps } from '../../common/yield-to-event-loop.ts';
import { parseJsonLdSteps, type JsonLdBlock } from '../../common/json-ld/json-ld-blocks.ts';

/** `type="application/ld+json"`, also with parameters (`; charset=utf-8`) and in any case. */
export function isJsonLdScript(script: Element): boolean {
  return (script.getAttribute('type') ?? '').split(';')[0].trim().toLowerCase() === 'application/ld+json';
}

/** The text of every JSON-LD block of a document, in page order, numbered from 1. */
export function jsonLdTexts(doc: Document): JsonLdText[] {
  return [...doc.querySelectorAll('script[type]')].filter(isJsonLdScript).map((script, i) => ({ index: i + 1, text: script.textContent ?? '' }));
}

/**
 * Objects (counted as `{`) above which a block is not parsed on the page's thread. `JSON.parse` is one
 * task that cannot be cut, and its cost is in the objects it builds, not the bytes: measured in Node
 * (2 cores under load), the scale page's 1 MB description block (2 objects) parses in 6-9 ms, an
 * ItemList of 1,000 products (3,000 objects, 279 kB) in 1-5 ms, of 2,000 (6,000, 561 kB) in 2-6 ms,
 * of 10,000 (28,632 objects, 2.8 MB) in 16-92 ms, the slow runs garbage collection. 5,000 keeps one
 * parse near 5 ms here, well inside a 50 ms task on a phone 4x slower; a product page's own block
 * (tens of objects) is always read on the page, so the page product is known at once.
 */
export const PAGE_PARSE_MAX_OBJECTS = 5_000;

/** Whether a block holds more objects than the page parses itself (counted to the bound only: about 1 ms for 3 MB). */
export function tooLargeForPage(text: string): boolean {
  if (text.length < PAGE_PARSE_MAX_OBJECTS * 2) return false;
  let objects = 0;
  for (let at = text.indexOf('{'); at !== -1; at = text.indexOf('{', at + 1)) if (++objects > PAGE_PARSE_MAX_OBJECTS) return true;
  return false;
}

/** Every JSON-LD block of a document, parsed, in steps (a pause after each block); `skip` leaves blocks out unparsed. */
export function* jsonLdBlockSteps(doc: Document, skip: (block: JsonLdText) => boolean = () => false): Steps<{ blocks: JsonLdBlock[]; warnings: string[] }> {
  const blocks: JsonLdBlock[] = [];
  const warnings: string[] = [];
  for (const text of jsonLdTexts(doc)) {
    if (skip(text)) continue;
    const read = yield* parseJsonLdSteps(text);
    if (read.block) blocks.push(read.block);
    warnings.push(...read.warnings);
    yield;
  }
  return { blocks, warnings };
}
