/**
 * schema.org enumeration values as a shopper reads them: "https://schema.org/InStock" and "InStock"
 * become "In stock", "NewCondition" becomes "New" (Chinese: "有货", "全新"). Values that are not a
 * schema.org enumeration pass through unchanged. Both halves use it: the page when it shows a value,
 * the engine when it quotes one as evidence.
 */

const words: Record<string, { en: string; zh: string }> = {
  InStock: { en: 'In stock', zh: '有货' },
  OutOfStock: { en: 'Out of stock', zh: '缺货' },
  LimitedAvailability: { en: 'Limited availability', zh: '库存有限' },
  PreOrder: { en: 'Pre-order', zh: '预售' },
  PreSale: { en: 'Pre-sale', zh: '预售' },
  BackOrder: { en: 'Back order', zh: '可预订（补货中）' },
  Discontinued: { en: 'Discontinued', zh: '已停产' },
  SoldOut: { en: 'Sold out', zh: '已售罄' },
  OnlineOnly: { en: 'Online only', zh: '仅限网店' },
  InStoreOnly: { en: 'In store only', zh: '仅限门店' },
  MadeToOrder: { en: 'Made to order', zh: '按订单制作' },
  Reserved: { en: 'Reserved', zh: '已预留' },
  NewCondition: { en: 'New', zh: '全新' },
  UsedCondition: { en: 'Used', zh: '二手' },
  RefurbishedCondition: { en: 'Refurbished', zh: '翻新' },
  DamagedCondition: { en: 'Damaged', zh: '有损' },
};

/** The words for a schema.org enumeration value (full URL or bare name); other values unchanged. */
export function schemaOrgWords(value: string, lang: 'en' | 'zh' = 'en'): string {
  const name = value.trim().replace(/^https?:\/\/schema\.org\//i, '');
  const known = words[name];
  if (known) return known[lang];
  // An enumeration name we do not list ("https://schema.org/SomeNewValue"): split its words.
  if (name !== value.trim() && /^[A-Z][A-Za-z]+$/.test(name)) {
    const spaced = name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
    return spaced.charAt(0).toUpperCase() + spaced.slice(1);
  }
  return value;
}
