import type { Embedder } from '../runtime/embedder.ts';
import { PrototypeRouter } from './prototype-router.ts';
import type { RouteContext, RouteDecision } from '../protocol/route.ts';
import { featureRoutes } from './route-decision.ts';
import { routeByRules } from './route-rules.ts';
import { matches, questionForm, storeServiceSignals } from './message-signals.ts';
import { detectTopics } from '../topics/policy-topics.ts';
import { humanHelpSignal } from '../topics/human-help-signals.ts';

/** How the router decides once a model is attached. */
export type RouterMode =
  /** Rules when they found a signal (confidence at least `sureRules`), prototypes otherwise (default). */
  | 'hybrid'
  /** Prototypes only (plus the human-help guard): measures the model alone. */
  | 'prototypes'
  /** Rules only: the light path. */
  | 'rules';

/**
 * Rule decisions at least this sure are kept on the model path: everything the rules found a signal for
 * (an order/payment request, a store topic, a product question, a search). The prototypes decide the
 * messages where the rules found none (confidence 0.55, "searching by default"). With the generated test
 * model, letting prototypes overrule weaker rule signals (threshold 0.8) cost 10-20 points of routing
 * accuracy; see docs/store-questions.md.
 */
const sureRules = 0.6;

/**
 * Routes a shopper's message: by rules at once (light path); once the engine's embedding model is
 * attached, messages the rules are unsure of go to the nearest labelled prototypes (model path).
 * Requests for a view (reviews, a recommendation list, compare) are the rules' on every path: their
 * phrasing decides them. If the model fails, the rules answer.
 */
export class MessageRouter {
  private model?: PrototypeRouter;

  constructor(public mode: RouterMode = 'hybrid') {}

  /** Switches to the model path with the engine's embedding model. */
  attachModel(embedder: Embedder): void {
    this.model = new PrototypeRouter(embedder);
  }

  get hasModel(): boolean {
    return this.model !== undefined;
  }

  async route(message: string, context: RouteContext = {}): Promise<RouteDecision> {
    const rules = routeByRules(message, context);
    if (!this.model || this.mode === 'rules' || !message.trim() || featureRoutes.includes(rules.route)) return rules;
    if (this.mode === 'hybrid' && rules.confidence >= sureRules) return rules;
    try {
      const decision = await this.model.route(message, context);
      // A statement with no store word ("something for my morning run", "我想要能保暖的东西") is not a
      // store question, however near a store prototype it lands: the rules' search stands.
      if ((decision.route === 'store-policy' || decision.route === 'human-help') && !mayAskTheShop(message)) return rules;
      return decision;
    } catch {
      return rules;
    }
  }
}

/** True when a message could be for the shop: it asks (a question form), or names a store topic, service or own-order matter. */
function mayAskTheShop(message: string): boolean {
  const text = message.normalize('NFKC').toLowerCase().trim();
  return matches(questionForm, text) || detectTopics(text).length > 0 || matches(storeServiceSignals, text) || !!humanHelpSignal(text);
}
