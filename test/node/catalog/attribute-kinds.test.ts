import { describe, expect, it } from 'vitest';
import { isAvailabilityAttribute, isBookkeepingAttribute } from '../../../workers/catalog/attribute-kinds.ts';
import { normalizeRecord } from '../../../workers/catalog/normalize-record.ts';

describe('spec rows are told apart by their names read as words, whatever the feed\'s spelling', () => {
  it('finds the stock state under any spelling, and reads it as the product\'s availability', () => {
    for (const name of ['availabilityStatus', 'availability_status', 'Availability status', 'stock-status', 'Availability']) {
      expect(isAvailabilityAttribute(name)).toBe(true);
    }
    expect(isAvailabilityAttribute('battery life')).toBe(false);
    const product = normalizeRecord({ id: 'a', title: 'Lamp', attributes: { stock_status: 'Low Stock', color: 'Red' } });
    expect(typeof product === 'object' && product.availability).toBe('Low Stock');
  });

  it('knows the shop\'s bookkeeping from the product\'s facts', () => {
    for (const name of ['sku', 'SKU', 'minimumOrderQuantity', 'minimum_order_quantity', 'discountPercentage', 'GTIN13', 'barcode', 'thumbnail']) {
      expect(isBookkeepingAttribute(name), name).toBe(true);
    }
    for (const name of ['material', 'warrantyInformation', 'battery_life', 'colors', 'eco_collection']) {
      expect(isBookkeepingAttribute(name), name).toBe(false);
    }
  });
});
