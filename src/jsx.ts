/**
 * JSX typings for React 19 (`aisle-assistant/jsx` in the package): every Aisle tag in React's
 * `JSX.IntrinsicElements`, with its attributes, its object properties and its events.
 *
 *   import 'aisle-assistant/jsx';   // once, anywhere in the app (or "types": ["aisle-assistant/jsx"])
 *   <aisle-assistant mode="inline" model-host="/aisle/models/" onaisle-add-to-cart={(e) => cart.add(e.product)} />
 *
 * React 19 sets a prop as a property when the element has a property of that name (`mode`,
 * `catalog`, `theme`, `modelHost`, `answer`...) and as an attribute otherwise (`model-host`), and
 * `on<event>` listens to `<event>`: `onaisle-add-to-cart` hears `aisle-add-to-cart`. It is kept apart
 * from the main entry so that apps without React's types need not have them.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type {
  AisleAddToCartEvent, AisleAnswer, AisleAspectSelectEvent, AisleAssistant, AisleContactOpenEvent, AisleErrorEvent, AisleFilterChips,
  AisleFilterRemoveEvent, AisleHistory, AisleHistoryChangeEvent, AisleModelConsentEvent, AisleModelDeclineEvent, AisleModelProgressEvent, AisleModelStatus,
  AislePolicyAnswer, AisleProductOpenEvent, AisleQuestionEvent, AisleReadyEvent, AisleRecommendations, AisleReviewSummary, AisleTranslate,
  AisleTranslatedEvent,
} from './index.ts';

/** The props every Aisle tag takes: React's own HTML props on the element class. */
type Base<E> = DetailedHTMLProps<HTMLAttributes<E>, E>;

/** The `theme` attribute of the tags that draw their own surface. */
interface Themed {
  theme?: 'light' | 'dark';
}

/** Props of <aisle-assistant>: its attributes (see docs/widget.md) and the events it raises. */
export interface AisleAssistantProps extends Base<AisleAssistant>, Themed {
  mode?: 'floating' | 'inline';
  open?: boolean;
  catalog?: string;
  index?: string;
  faq?: string;
  contact?: string;
  models?: 'auto' | 'off';
  position?: 'right' | 'left';
  'model-host'?: string;
  modelHost?: string;
  'answer-phrasing'?: 'auto' | 'generated' | 'template';
  answerPhrasing?: 'auto' | 'generated' | 'template';
  'storage-key'?: string;
  storageKey?: string;
  'download-stall'?: number | string;
  downloadStall?: number;
  'onaisle-add-to-cart'?: (event: AisleAddToCartEvent) => void;
  'onaisle-product-open'?: (event: AisleProductOpenEvent) => void;
  'onaisle-ready'?: (event: AisleReadyEvent) => void;
  'onaisle-model-progress'?: (event: AisleModelProgressEvent) => void;
  'onaisle-error'?: (event: AisleErrorEvent) => void;
  'onaisle-contact-open'?: (event: AisleContactOpenEvent) => void;
}

/** Props of <aisle-recommendations>: a "you may also like" strip. */
export interface AisleRecommendationsProps extends Base<AisleRecommendations>, Themed {
  kind?: AisleRecommendations['kind'];
  'product-id'?: string;
  productId?: string;
  limit?: number;
  heading?: string;
  source?: AisleRecommendations['source'];
  'onaisle-add-to-cart'?: (event: AisleAddToCartEvent) => void;
  'onaisle-product-open'?: (event: AisleProductOpenEvent) => void;
}

/** Props of <aisle-history>: the shopper's own history panel. */
export interface AisleHistoryProps extends Base<AisleHistory>, Themed {
  source?: AisleHistory['source'];
  'onaisle-history-change'?: (event: AisleHistoryChangeEvent) => void;
}

/** Props of <aisle-review-summary>: "customers say", aspect chips and their quotes. */
export interface AisleReviewSummaryProps extends Base<AisleReviewSummary>, Themed {
  summary?: AisleReviewSummary['summary'];
  'onaisle-aspect-select'?: (event: AisleAspectSelectEvent) => void;
}

/** Props of <aisle-answer>: a product answer with its evidence and suggested questions. */
export interface AisleAnswerProps extends Base<AisleAnswer> {
  answer?: AisleAnswer['answer'];
  suggestions?: string[];
  'onaisle-question'?: (event: AisleQuestionEvent) => void;
}

/** Props of <aisle-policy-answer>: a store answer quoting the shop's policy. */
export interface AislePolicyAnswerProps extends Base<AislePolicyAnswer> {
  answer?: AislePolicyAnswer['answer'];
  'onaisle-contact-open'?: (event: AisleContactOpenEvent) => void;
}

/** Props of <aisle-translate>: a text with an on-device translation. */
export interface AisleTranslateProps extends Base<AisleTranslate> {
  text?: string;
  to?: AisleTranslate['to'];
  'ui-lang'?: string;
  uiLang?: string;
  translator?: AisleTranslate['translator'];
  'onaisle-translated'?: (event: AisleTranslatedEvent) => void;
}

/** Props of <aisle-filter-chips>: the removable chips of a search's intent. */
export interface AisleFilterChipsProps extends Base<AisleFilterChips> {
  chips?: AisleFilterChips['chips'];
  'onaisle-filter-remove'?: (event: AisleFilterRemoveEvent) => void;
}

/** Props of <aisle-model-status>: model downloads and what works meanwhile. */
export interface AisleModelStatusProps extends Base<AisleModelStatus> {
  status?: AisleModelStatus['status'];
  declined?: boolean;
  'ui-lang'?: string;
  uiLang?: string;
  'onaisle-model-consent'?: (event: AisleModelConsentEvent) => void;
  'onaisle-model-decline'?: (event: AisleModelDeclineEvent) => void;
}

/** Every Aisle tag with its props, as React's JSX sees them. */
export interface AisleIntrinsicElements {
  'aisle-assistant': AisleAssistantProps;
  'aisle-recommendations': AisleRecommendationsProps;
  'aisle-history': AisleHistoryProps;
  'aisle-review-summary': AisleReviewSummaryProps;
  'aisle-answer': AisleAnswerProps;
  'aisle-policy-answer': AislePolicyAnswerProps;
  'aisle-translate': AisleTranslateProps;
  'aisle-filter-chips': AisleFilterChipsProps;
  'aisle-model-status': AisleModelStatusProps;
}

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React's JSX typings live in this namespace
  namespace JSX {
    interface IntrinsicElements extends AisleIntrinsicElements {}
  }
}
