/**
 * The package's Custom Elements Manifest (custom-elements.json, the format editors, Storybook and
 * framework wrappers read), generated from the sources by @custom-elements-manifest/analyzer
 * (`--litelement`), then fitted to how the package is built:
 * - every class is imported from one module, the bundled entry `lib/widget/index.js`;
 * - tags come from define.ts, which registers them (`defineAisle()`), not from decorators;
 * - events are named by their class's `static type` (the analyzer names `new AisleXEvent(arg)` after `arg`).
 */
import { readFileSync } from 'node:fs';

interface Event { name?: string; description?: string; type?: { text: string } }
interface Member { kind: string; name: string; static?: boolean; default?: string; privacy?: string }
interface Declaration {
  kind: string; name: string; tagName?: string; customElement?: boolean; events?: Event[]; members?: Member[];
  superclass?: { name: string; module?: string; package?: string };
}
interface Module { kind: 'javascript-module'; path: string; declarations?: Declaration[]; exports?: unknown[] }

/** Where the package's JS lives: every public class is exported from it. */
export const entryModule = 'lib/widget/index.js';

async function analyze(): Promise<Module[]> {
  // @ts-expect-error -- the analyzer's CLI module ships no declarations; it returns the manifest.
  const { cli } = (await import('@custom-elements-manifest/analyzer/cli.js')) as {
    cli(options: { argv: string[]; noWrite: boolean }): Promise<{ modules: Module[] }>;
  };
  const manifest = await cli({ argv: ['analyze', '--config', 'scripts/custom-elements-manifest.config.mjs'], noWrite: true });
  return manifest.modules;
}

/** Names the package's entry exports (`export { A, B } from ...`), read from src/index.ts. */
function entryExports(): Set<string> {
  const source = readFileSync('src/index.ts', 'utf8').replace(/export type \{[^}]*\}[^;]*;/g, '');
  const names = [...source.matchAll(/export \{([^}]*)\}/g)].flatMap((m) => m[1].split(','));
  return new Set(names.map((name) => name.trim().replace(/^type\s+/, '')).filter(Boolean));
}

/** Tag → class, from the `elements` table that define.ts registers. */
function definedTags(): Map<string, string> {
  const source = readFileSync('src/define.ts', 'utf8');
  return new Map([...source.matchAll(/'(aisle-[a-z-]+)':\s*(Aisle\w+)/g)].map((m) => [m[1], m[2]]));
}

export async function customElementsManifest(): Promise<object> {
  const declarations = (await analyze()).flatMap((module) => module.declarations ?? []);
  const exported = entryExports();
  const tags = definedTags();
  const eventTypes = new Map<string, string>();
  for (const d of declarations) {
    const type = d.members?.find((m) => m.static && m.name === 'type')?.default;
    if (type) eventTypes.set(d.name, type.replace(/^'|'$/g, ''));
  }
  const tagOf = new Map([...tags].map(([tag, name]) => [name, tag]));
  const kept = declarations.filter((d) => exported.has(d.name));
  for (const d of kept) {
    const tag = tagOf.get(d.name);
    if (tag) Object.assign(d, { tagName: tag, customElement: true });
    if (d.superclass?.module) d.superclass.module = entryModule;
    if (!d.events) continue;
    // One entry per event name: the class gives the name, a `@fires` line the description.
    const byName = new Map<string, Event>();
    for (const event of d.events) {
      const name = (event.type && eventTypes.get(event.type.text)) ?? event.name;
      if (!name?.startsWith('aisle-')) continue;
      byName.set(name, { ...byName.get(name), ...event, name });
    }
    d.events = [...byName.values()];
  }
  const missing = [...tags.values(), ...exported].filter((name) => /^Aisle\w+$/.test(name) && !kept.some((d) => d.name === name));
  if (missing.length) throw new Error(`custom-elements-manifest: no declaration analysed for ${missing.join(', ')}`);
  const module: Module = {
    kind: 'javascript-module',
    path: entryModule,
    declarations: kept,
    exports: [
      ...kept.map((d) => ({ kind: 'js', name: d.name, declaration: { name: d.name, module: entryModule } })),
      ...[...tags].map(([tag, name]) => ({ kind: 'custom-element-definition', name: tag, declaration: { name, module: entryModule } })),
    ],
  };
  return { schemaVersion: '1.0.0', readme: '', modules: [module] };
}
