/**
 * A JSON-LD block's text to a value, each block on its own: the one JSON reader the catalog and the
 * policies readers share (on the page and in the engine), so both forgive (and warn about) the same things.
 */
import type { JsonLdText } from '../../workers/protocol/page.ts';
import { runSteps, type Steps } from '../yield-to-event-loop.ts';
import { parseLenientJson } from './lenient-json.ts';

/** JSON-LD deeper than this is cut off there (real markup nests < 10 levels; a runaway block thousands). */
export const MAX_JSON_LD_DEPTH = 32;

/** One block's value, with its 1-based position on the page (for warnings). */
export interface JsonLdBlock {
  index: number;
  value: unknown;
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
 * One block's text parsed leniently (lenient-json.ts) and cut at MAX_JSON_LD_DEPTH levels, in steps
 * (a pause after the parse and in the depth walk). A block that cannot be read gives no value and a
 * warning. `JSON.parse` itself is one step: the page leaves blocks too large for that to the engine
 * (src/catalog/json-ld-scripts.ts).
 */
export function* parseJsonLdSteps({ index, text }: JsonLdText): Steps<{ block?: JsonLdBlock; warnings: string[] }> {
  let parsed: unknown;
  try {
    parsed = parseLenientJson(text);
  } catch {
    return { warnings: [`JSON-LD block ${index} is not valid JSON`] };
  }
  yield;
  try {
    const { value, cut } = yield* boundDepthSteps(parsed, MAX_JSON_LD_DEPTH);
    const warnings = cut ? [`JSON-LD block ${index} nests deeper than ${MAX_JSON_LD_DEPTH} levels: the deeper part is ignored`] : [];
    return { block: { index, value }, warnings };
  } catch (error) {
    return { warnings: [`JSON-LD block ${index} could not be read (${error instanceof Error ? error.message : String(error)})`] };
  }
}
