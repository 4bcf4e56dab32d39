import type { Product } from '../../../workers/engine-api.ts';
import type { UiStrings } from '../../strings.ts';
import type { Turn } from './conversation.ts';
import type { Translates } from '../aisle-translate/aisle-translate.ts';

/** What a reply renderer may use: the UI strings and the assistant's actions. */
export interface ReplyContext {
  t: UiStrings;
  /** The UI's language tag, for prices and numbers. */
  locale: string;
  /** The turn being rendered. */
  turn: Turn;
  addToCart(product: Product): void;
  openProduct(event: MouseEvent, product: Product): void;
  toggleCompare(product: Product): void;
  isCompared(productId: string): boolean;
  /** False when the compare picks are full. */
  canCompareMore: boolean;
  /** Runs the turn's question again. */
  retry(turn: Turn): void;
  /** The product this page is about: a restored answer about another product offers no follow-ups here. */
  pageProductId?: string;
  /** The shopper's language, for translating product and review text. */
  uiLang: 'en' | 'zh';
  /** On-device translation (the engine); absent before the engine starts. */
  translator?: Translates;
}
