import { describe, expect, it } from 'vitest';
import { specLabel } from '../../../workers/translate/spec-labels.ts';

describe('specLabel: a spec row name in the shopper\'s language, from the glossary and the aspect vocabulary only', () => {
  it('English names for a Chinese shopper: whole names the vocabulary knows, as the shop wrote them otherwise', () => {
    expect(specLabel('weight', 'zh')).toEqual({ text: '重量', lang: 'zh' });
    expect(specLabel('Screen size', 'zh')).toEqual({ text: '屏幕尺寸', lang: 'zh' });
    expect(specLabel('warrantyInformation', 'zh')).toEqual({ text: '保修', lang: 'zh' });
    expect(specLabel('Colors', 'zh')).toEqual({ text: '颜色', lang: 'zh' });
    // Two rows never read as one: a stock count and an availability status.
    expect([specLabel('stock', 'zh').text, specLabel('availabilityStatus', 'zh').text]).toEqual(['库存数量', '库存']);
    // From the aspect vocabulary (not in the glossary as a whole name).
    expect(specLabel('Quality', 'zh')).toEqual({ text: '质量', lang: 'zh' });
    // Never word by word: "Screen" and "refresh" may be known, "Screen refresh rate" is not.
    expect(specLabel('screen_refresh_rate', 'zh')).toEqual({ text: 'Screen refresh rate', lang: 'en' });
    expect(specLabel('discountPercentage', 'zh')).toEqual({ text: 'Discount percentage', lang: 'en' });
  });

  it('Chinese names for an English shopper, and names already in the shopper\'s language as they are', () => {
    expect(specLabel('重量', 'en')).toEqual({ text: 'Weight', lang: 'en' });
    expect(specLabel('材质', 'en')).toEqual({ text: 'Material', lang: 'en' });
    expect(specLabel('适用季节', 'en')).toEqual({ text: '适用季节', lang: 'zh' });
    expect(specLabel('battery_life', 'en')).toEqual({ text: 'Battery life', lang: 'en' });
    expect(specLabel('重量', 'zh')).toEqual({ text: '重量', lang: 'zh' });
  });
});
