import { attributeLabel } from '../../common/attribute-label.ts';

/*
 * What kind of spec row an attribute is, from its name read as words ("availabilityStatus",
 * "availability_status" and "Availability status" are one name), never from one feed's spelling.
 */

const words = (name: string) => attributeLabel(name).toLowerCase();

/** The stock state ("In stock", "Low stock"): the product's availability, not a spec. */
const availabilityNames = /^(?:availability|availability status|stock status|in stock)$/;

/** Rows for the shop's own records, not about what the product is like: ids, stock counts, images, order rules, merchandising flags. */
const bookkeepingNames =
  /^(?:sku|id|gtin\d*|mpn|ean|upc|barcode|qr ?code|stock|stock level|stock quantity|inventory|quantity|images?|thumbnails?|meta|minimum order quantity|min order|discount|discount percentage|new|sale|on sale|featured)$/;

export function isAvailabilityAttribute(name: string): boolean {
  return availabilityNames.test(words(name));
}

export function isBookkeepingAttribute(name: string): boolean {
  return bookkeepingNames.test(words(name));
}
