import type { Embedder } from '../runtime/embedder.ts';
import { dot } from '../math/similarity.ts';
import { detectTopics } from '../topics/policy-topics.ts';
import type { PolicyTopic } from '../protocol/store.ts';
import { humanHelpSignal } from '../topics/human-help-signals.ts';
import { prototypeRoutes } from './route-decision.ts';
import type { MessageRoute, RouteContext, RouteDecision } from '../protocol/route.ts';
import prototypeFile from './route-prototypes.json' with { type: 'json' };

/** One labelled example message. */
export interface RoutePrototype {
  route: MessageRoute;
  topic?: PolicyTopic;
  text: string;
}

/** The project's labelled route prototypes (English and Chinese). */
export const routePrototypes = prototypeFile.prototypes as RoutePrototype[];

/** How many nearest prototypes of a route are averaged into its score. */
const nearest = 3;

/**
 * The model path's router: embeds the labelled prototypes once with the engine's embedding model and
 * sends a message to the route whose nearest prototypes are closest (mean cosine of the top 3: the dot product of the unit-length vectors the embedder returns). Two
 * guards stay from the rules: a message about the shopper's own order or payment always goes to
 * human help (never pretend), and without a product on screen nothing is a product question.
 */
export class PrototypeRouter {
  private vectors?: Promise<Float32Array[]>;

  constructor(
    private readonly embedder: Embedder,
    private readonly prototypes: RoutePrototype[] = routePrototypes,
  ) {}

  private prototypeVectors(): Promise<Float32Array[]> {
    this.vectors ??= this.embedder.embed(this.prototypes.map((p) => p.text));
    return this.vectors;
  }

  async route(message: string, context: RouteContext = {}): Promise<RouteDecision> {
    const [query] = await this.embedder.embed([message]);
    const vectors = await this.prototypeVectors();
    const sims = vectors.map((v, i) => ({ i, score: dot(query, v) }));
    const scores: Partial<Record<MessageRoute, number>> = {};
    for (const route of prototypeRoutes) {
      const top = sims.filter((s) => this.prototypes[s.i].route === route).map((s) => s.score).sort((a, b) => b - a).slice(0, nearest);
      scores[route] = top.length ? top.reduce((a, b) => a + b, 0) / top.length : -1;
    }
    const allowed = prototypeRoutes.filter((r) => r !== 'product-question' || context.productId);
    const ranked = allowed.sort((a, b) => scores[b]! - scores[a]!);
    const help = humanHelpSignal(message);
    const route = help ? 'human-help' : ranked[0];
    const closest = sims.filter((s) => this.prototypes[s.i].route === route).sort((a, b) => b.score - a.score)[0];
    const example = closest ? this.prototypes[closest.i] : undefined;
    const margin = help ? 1 : scores[ranked[0]]! - scores[ranked[1]]!;
    let topic: PolicyTopic | undefined;
    if (route === 'human-help') topic = 'order-help';
    else if (route === 'store-policy') topic = detectTopics(message)[0]?.topic ?? example?.topic;
    return {
      route,
      topic,
      confidence: Math.max(0, Math.min(1, 0.5 + margin * 2)),
      reason: help ? `asks about “${help}”: only the shop can see orders and payments` : `close to “${example?.text ?? route}”`,
      source: 'model',
      scores,
    };
  }
}
