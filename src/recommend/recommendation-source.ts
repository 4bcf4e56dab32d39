import type { Engine } from '../../workers/engine-api.ts';

/**
 * What the recommendation strip and the history panel need: the engine's history and
 * recommendation methods. `<aisle-assistant>` is one (it forwards to its worker); so is an
 * in-thread engine from `createEngine()`, or any object an app provides.
 */
export type RecommendationSource = Pick<Engine, 'record' | 'history' | 'forgetHistory' | 'setHistoryEnabled' | 'historySettings' | 'recommend'>;

/**
 * The source an element uses when none was set: the `<aisle-assistant>` named by its `for`
 * attribute (an element id), else the first one in its document, once that element is defined.
 */
export async function findRecommendationSource(host: Element): Promise<RecommendationSource | undefined> {
  const id = host.getAttribute('for');
  const root = host.getRootNode() as Document | ShadowRoot;
  const assistant = (id ? root.querySelector(`#${CSS.escape(id)}`) : null) ?? host.ownerDocument.querySelector('aisle-assistant');
  if (!assistant) return undefined;
  await customElements.whenDefined(assistant.localName);
  return assistant as unknown as RecommendationSource;
}
