/**
 * The products of one JSON-LD block, as the page and the engine both read them: the page for its
 * small blocks, the engine (Engine.readJsonLd) for blocks too large to parse on the page's thread.
 * Merging products across blocks, the bound on the page's products and the microdata and Open Graph
 * fallbacks stay with the page (src/catalog/read-page-catalog.ts).
 */
import type { JsonLdBlockRead, JsonLdItem, JsonLdReadOptions, JsonLdText } from '../../workers/protocol/page.ts';
import type { Steps } from '../yield-to-event-loop.ts';
import { blockPolicySteps } from './block-policies.ts';
import { parseJsonLdSteps, type JsonLdBlock } from './json-ld-blocks.ts';
import { mainProductNodes, productKey, productNodes } from './json-ld-product.ts';
import { referenceResolver, variantGroups } from './json-ld-refs.ts';
import { absoluteUrl, text, type LdNode } from './json-ld-values.ts';
import { productFromNode } from './product-group.ts';

/** Products read between two pauses of a sliced read. */
const PRODUCTS_PER_STEP = 20;
/** Products past the bound only named (their id) between two pauses. */
const NAMED_PER_STEP = 500;

/** The id a product node would get (productFromJsonLd's), without reading the rest of it: to count those past the bound. */
const nodeId = (node: LdNode, baseUrl: string) => productKey(node) ?? text(node['@id']) ?? absoluteUrl(node.url, baseUrl) ?? text(node.name);

/**
 * The Product nodes of a parsed block in its order, each read (product-group.ts: a ProductGroup is one
 * product with its variants; variants a group lists by reference are read as part of it), until
 * `limit` distinct products; past it only their ids. A block that fails part-way keeps what it read,
 * with a warning.
 */
export function* blockProductSteps(block: JsonLdBlock, options: JsonLdReadOptions): Steps<JsonLdBlockRead> {
  const items: JsonLdItem[] = [];
  const beyond: string[] = [];
  const warnings: string[] = [];
  const ids = new Set<string>();
  try {
    // Each walk over the block is a step of its own: a block of 10,000 products takes a few ms per walk.
    const main = new Set(mainProductNodes(block.value));
    yield;
    const resolve = referenceResolver(block.value);
    yield;
    const nodes = productNodes(block.value);
    yield;
    const variants = variantGroups(nodes, resolve);
    yield;
    let read = 0;
    for (const node of nodes) {
      if (variants.has(node)) continue;
      if (ids.size >= options.limit) {
        // Past the bound the rest are only named: a page's size cannot make reading it slow.
        const id = nodeId(node, options.baseUrl);
        if (id) beyond.push(id);
        if (beyond.length % NAMED_PER_STEP === 0) yield;
        continue;
      }
      const product = productFromNode(node, options.baseUrl, { lang: options.lang }, resolve);
      if (typeof product !== 'string') ids.add(product.id);
      items.push({ product, key: productKey(node), main: main.has(node) });
      if (++read % PRODUCTS_PER_STEP === 0) yield;
    }
  } catch (error) {
    warnings.push(`JSON-LD block ${block.index} could not be read (${error instanceof Error ? error.message : String(error)})`);
  }
  return { index: block.index, items, beyond, warnings };
}

/** Blocks' texts parsed (json-ld-blocks.ts) and read to products (and policies, when asked), in steps; a block that cannot be parsed has only its warning. */
export function* readJsonLdSteps(texts: JsonLdText[], options: JsonLdReadOptions): Steps<JsonLdBlockRead[]> {
  const reads: JsonLdBlockRead[] = [];
  for (const text of texts) {
    const parsed = yield* parseJsonLdSteps(text);
    const read: JsonLdBlockRead = parsed.block ? yield* blockProductSteps(parsed.block, options) : { index: text.index, items: [], beyond: [], warnings: [] };
    if (options.policies) read.policies = parsed.block ? yield* blockPolicySteps(parsed.block, options) : { entries: [], warnings: [] };
    reads.push({ ...read, warnings: [...parsed.warnings, ...read.warnings] });
    yield;
  }
  return reads;
}
