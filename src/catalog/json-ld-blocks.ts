/**
 * The JSON-LD blocks of a page, each read on its own: the one JSON reader the catalog and the
 * policies readers share, so both forgive (and warn about) the same things.
 */
import { runSteps, type Steps } from '../../common/yield-to-event-loop.ts';
import { parseLenientJson } from './lenient-json.ts';

/** JSON-LD deeper than this is cut off there (real markup nests < 10 levels; a runaway block thousands). */
export const MAX_JSON_LD_DEPTH = 32;

/** One block's value, with its 1-based position on the page (for warnings). */
export interface JsonLdBlock {
  index: number;
  value: unknown;
}

/** `type="application/ld+json"`, also with parameters (`; charset=utf-8`) and in any case. */
export function isJsonLdScript(script: Element): boolean {
  return (script.getAttribute('type') ?? '').split(';')[0].trim().toLowerCase() === 'application/ld+json';
}

/** Nodes the depth check looks at between two pauses of a sliced read. */
const NODES_PER_STEP = 5_000;

/**
 * Whether a parsed value nests deeper than `max` levels: a walk with its own stack (no recursion,
 * no overflow) that stops at `max`, copies nothing, and pauses every NODES_PER_STEP nodes.
 */
function* nestsDeeper(value: unknown, max: number): Steps<boolean> {
  const stack: [unknown, number][] = [[value, 0]];
  let seen = 0;
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (!v || typeof v !== 'object') continue;
    if (depth >= max) return true;
    for (const key in v) stack.push([(v as Record<string, unknown>)[key], depth + 1]);
    if (++seen % NODES_PER_STEP === 0) yield;
  }
  return false;
}

/**
 * A copy of a parsed value with everything below `max` levels left out (the value itself when
 * nothing is that deep: most pages). Recursion stops at `max` levels, so no page can make it
 * overflow the stack; `cut` says whether anything was left out.
 */
export function boundDepth(value: unknown, max = MAX_JSON_LD_DEPTH): { value: unknown; cut: boolean } {
  return runSteps(boundDepthSteps(value, max));
}

function* boundDepthSteps(value: unknown, max: number): Steps<{ value: unknown; cut: boolean }> {
  if (!(yield* nestsDeeper(value, max))) return { value, cut: false };
  let cut = false;
  const copy = (v: unknown, depth: number): unknown => {
    if (!v || typeof v !== 'object') return v;
    if (depth >= max) {
      cut = true;
      return undefined;
    }
    if (Array.isArray(v)) return v.map((x) => copy(x, depth + 1)).filter((x) => x !== undefined);
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) {
      const c = copy(x, depth + 1);
      if (c !== undefined) out[k] = c;
    }
    return out;
  };
  const result = copy(value, 0);
  return { value: result, cut };
}

/**
 * Every JSON-LD block of a document, parsed leniently (lenient-json.ts) and cut at
 * MAX_JSON_LD_DEPTH levels. A block that cannot be read is skipped with a warning; the rest count.
 */
export function readJsonLdBlocks(doc: Document): { blocks: JsonLdBlock[]; warnings: string[] } {
  return runSteps(jsonLdBlockSteps(doc));
}

/** readJsonLdBlocks in steps: a pause after each block (common/yield-to-event-loop.ts). */
export function* jsonLdBlockSteps(doc: Document): Steps<{ blocks: JsonLdBlock[]; warnings: string[] }> {
  const blocks: JsonLdBlock[] = [];
  const warnings: string[] = [];
  const scripts = [...doc.querySelectorAll('script[type]')].filter(isJsonLdScript);
  for (const [i, script] of scripts.entries()) {
    const index = i + 1;
    let parsed: unknown;
    try {
      parsed = parseLenientJson(script.textContent ?? '');
    } catch {
      warnings.push(`JSON-LD block ${index} is not valid JSON`);
      continue;
    }
    yield;
    try {
      const { value, cut } = yield* boundDepthSteps(parsed, MAX_JSON_LD_DEPTH);
      if (cut) warnings.push(`JSON-LD block ${index} nests deeper than ${MAX_JSON_LD_DEPTH} levels: the deeper part is ignored`);
      blocks.push({ index, value });
    } catch (error) {
      warnings.push(`JSON-LD block ${index} could not be read (${error instanceof Error ? error.message : String(error)})`);
    }
    yield;
  }
  return { blocks, warnings };
}
