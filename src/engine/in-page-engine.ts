import type { Engine, EngineConfig } from '../../workers/engine-api.ts';

/**
 * The light path on the page's own thread, for when the engine's worker cannot start (a CSP that
 * forbids it, a missing chunk, a sandboxed page): the same engine (workers/engine.ts), with models
 * switched off, so lexical search, product answers, store answers, reviews and recommendations
 * keep working. It is imported on demand: the page downloads this chunk only when the worker fails.
 *
 * This is the one place the page half loads engine code, by a dynamic import only (the rule
 * `page-runs-the-engine-only-as-the-in-page-fallback` in .dependency-cruiser.cjs; docs/architecture.md).
 */
export async function createInPageEngine(config: EngineConfig): Promise<Engine> {
  const { createEngine } = await import('../../workers/engine.ts');
  const engine = createEngine();
  await engine.configure({ ...config, models: false });
  return engine;
}
