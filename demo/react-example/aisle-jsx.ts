/**
 * JSX typing for <aisle-assistant> in React 19. React 19 sets a custom element's known properties
 * (`mode`, `catalog`, `theme`, `lang`) as properties and the rest as attributes, and an `on<event>`
 * prop becomes `addEventListener('<event>')`, so `onaisle-add-to-cart` listens to `aisle-add-to-cart`.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type {
  AisleAddToCartEvent, AisleAssistant, AisleErrorEvent, AisleProductOpenEvent, AisleReadyEvent,
} from '../../src/index.ts';

export interface AisleAssistantProps extends DetailedHTMLProps<HTMLAttributes<AisleAssistant>, AisleAssistant> {
  mode?: 'floating' | 'inline';
  open?: boolean;
  catalog?: string;
  faq?: string;
  contact?: string;
  models?: 'auto' | 'off';
  theme?: 'light' | 'dark';
  position?: 'right' | 'left';
  'model-host'?: string;
  'storage-key'?: string;
  'onaisle-add-to-cart'?: (event: AisleAddToCartEvent) => void;
  'onaisle-product-open'?: (event: AisleProductOpenEvent) => void;
  'onaisle-ready'?: (event: AisleReadyEvent) => void;
  'onaisle-error'?: (event: AisleErrorEvent) => void;
}

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React's JSX typings live in this namespace
  namespace JSX {
    interface IntrinsicElements {
      'aisle-assistant': AisleAssistantProps;
    }
  }
}
