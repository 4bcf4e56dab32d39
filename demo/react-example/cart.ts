import type { Product } from '../../src/index.ts';

/** One line of the app's cart. */
export interface CartLine {
  product: Product;
  quantity: number;
}

export type CartAction = { type: 'add'; product: Product; quantity: number } | { type: 'remove'; id: string };

/** The app's cart state: adding a product already in the cart raises its quantity. */
export function cartReducer(lines: CartLine[], action: CartAction): CartLine[] {
  if (action.type === 'remove') return lines.filter((l) => l.product.id !== action.id);
  const existing = lines.find((l) => l.product.id === action.product.id);
  if (!existing) return [...lines, { product: action.product, quantity: action.quantity }];
  return lines.map((l) => (l === existing ? { ...l, quantity: l.quantity + action.quantity } : l));
}

export const cartCount = (lines: CartLine[]) => lines.reduce((n, l) => n + l.quantity, 0);
export const cartTotal = (lines: CartLine[]) => lines.reduce((sum, l) => sum + (l.product.price ?? 0) * l.quantity, 0);
